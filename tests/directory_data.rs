//! The compiled-in directory against independent expectations, and the validator against
//! broken data (each failure must name the record and the field).
// Natively only: the validator is the build's, and in the wasm the data's other registers
// are in the register packs, fetched by the page (src/pack).
#![cfg(not(target_arch = "wasm32"))]

use kumamoto_shien_navi::answers::{Answers, School, Work};
use kumamoto_shien_navi::date::Date;
use kumamoto_shien_navi::directory::{self, MuniCode, MuniKind, OfficeKind, Sourced};
use kumamoto_shien_navi::guidance::{Origin, Place, Reach, guidance};
use kumamoto_shien_navi::settings::Settings;
use kumamoto_shien_navi::text::{Lang, Tr, base_text};
use navi_model::build::directory as validate;

/// One row of `tests/data/doors_by_municipality.csv`, transcribed from the fact sheet files.
struct Row {
    code: u32,
    name: &'static str,
    saposte: &'static str,
    hellowork: &'static str,
    self_reliance_phone: &'static str,
    earthquake: bool,
}

fn table() -> Vec<Row> {
    let rows: Vec<Row> = include_str!("data/doors_by_municipality.csv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("code,"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), 6, "{l}");
            Row {
                code: f[0].parse().unwrap(),
                name: f[1],
                saposte: f[2],
                hellowork: f[3],
                self_reliance_phone: f[4],
                earthquake: match f[5] {
                    "yes" => true,
                    "no" => false,
                    other => panic!("earthquake: {other:?}"),
                },
            }
        })
        .collect();
    assert_eq!(rows.len(), 45);
    assert_eq!(rows.iter().filter(|r| r.earthquake).count(), 21, "the 21 municipalities of the 災害救助法");
    rows
}

#[test]
fn every_municipality_has_the_saposte_hello_work_and_window_the_fact_sheets_name() {
    for r in table() {
        let m = directory::municipality(MuniCode(r.code))
            .unwrap_or_else(|| panic!("{} {} missing", r.code, r.name));
        assert_eq!(m.name, r.name);
        assert_eq!(directory::saposte_for(m.code).map(|o| o.id), Some(r.saposte), "{}", r.name);
        assert_eq!(directory::hellowork_for(m.code).map(|o| o.id), Some(r.hellowork), "{}", r.name);
        assert_eq!(directory::covering(m.code, OfficeKind::HelloWork).count(), 1, "{}", r.name);
        let window = directory::office(&format!("self-reliance-{}", r.code)).unwrap();
        assert_eq!(window.phone.map(|p| p.value.ja()), Some(r.self_reliance_phone), "{}", r.name);
    }
}

/// What the result shows for each of the 45: the right Saposte; its Hello Work office first of
/// the Hello Work offices; its own self-reliance window, callable; the right hikikomori centre
/// (熊本市 → りんく, elsewhere → ゆるここ); the earthquake notice exactly where the 災害救助法
/// applied.
#[test]
fn every_municipality_gets_its_doors_in_the_result() {
    let today = Date::parse("2026-11-21").unwrap();
    let mut checked = 0;
    for r in table() {
        for work in Work::ALL {
            let a = Answers {
                grad: Some(1999),
                school: Some(School::High),
                work: Some(work),
                muni: Some(MuniCode(r.code)),
                born: None,
            };
            let g = guidance(&a, &Settings::default(), today, Origin::TownHall).unwrap();
            let all: Vec<&Place> = g.places.iter().chain(&g.other_places).chain(&g.part_places).collect();
            let ids: Vec<&str> = all.iter().map(|p| p.office.id).collect();
            let has = |id: &str| ids.contains(&id);
            let name = r.name;
            assert!(has(r.saposte), "{name} {work:?}: {ids:?}");
            let hw: Vec<&str> = ids.iter().copied().filter(|id| id.starts_with("hellowork-")).collect();
            assert_eq!(hw.first().copied(), Some(r.hellowork), "{name} {work:?}: {ids:?}");
            if r.code == 431001 {
                assert_eq!(hw, ["hellowork-kumamoto", "hellowork-uki", "hellowork-kikuchi"], "熊本市");
            } else {
                assert_eq!(hw.len(), 1, "{name}: {hw:?}");
            }
            let window = all.iter().find(|p| p.office.id == format!("self-reliance-{}", r.code)).unwrap();
            assert!(
                matches!(window.reach, Reach::Phone(d) if d.value.ja() == r.self_reliance_phone),
                "{name}: {:?}",
                window.reach
            );
            if r.code == 431001 {
                assert!(has("hikikomori-link") && !has("hikikomori-yurukoko"), "熊本市: {ids:?}");
            } else {
                assert!(has("hikikomori-yurukoko") && !has("hikikomori-link"), "{name}: {ids:?}");
            }
            assert_eq!(ids.iter().filter(|id| id.starts_with("saposte-")).count(), 1, "{name}");
            assert_eq!(ids.iter().filter(|id| id.starts_with("self-reliance-")).count(), 1, "{name}");
            assert!(all.iter().all(|p| p.covers_person));
            let first = &g.summary.first_place;
            assert!(g.places.contains(first), "{name}: the first place is among the places shown");
            let notices: Vec<&str> = g.notices.iter().map(|n| n.notice.id).collect();
            let want: &[&str] = if r.earthquake { &["r8-kumamoto-earthquake"] } else { &[] };
            assert_eq!(notices, want, "{name}");
        }
        checked += 1;
    }
    assert_eq!(checked, 45);
}

/// 熊本市's Hello Work card names the towns served by 菊池 and 宇城, and their cards say they
/// serve only that part; nothing more is asked of the person.
#[test]
fn kumamoto_city_is_split_by_town_between_three_hello_work_offices() {
    let today = Date::parse("2026-11-21").unwrap();
    let a = Answers {
        grad: Some(2000),
        school: Some(School::High),
        work: Some(Work::Seeking),
        muni: Some(MuniCode(431001)),
        born: None,
    };
    let g = guidance(&a, &Settings::default(), today, Origin::TownHall).unwrap();
    let hw: Vec<&Place> =
        g.places.iter().chain(&g.part_places).filter(|p| p.office.kind == OfficeKind::HelloWork).collect();
    assert_eq!(g.part_places.len(), 2, "only the two offices serving a part wait one tap away");
    let j = |i: usize| hw[i].jurisdiction.as_ref().unwrap();
    assert_eq!(hw[0].office.id, "hellowork-kumamoto");
    assert_eq!(j(0).only, None);
    let not_here: Vec<(&str, &str)> = j(0).not_here.iter().map(|(area, o)| (area.ja(), o.id)).collect();
    assert_eq!(not_here, [("北区植木町", "hellowork-kikuchi"), ("南区富合町・城南町", "hellowork-uki")]);
    assert_eq!(j(1).only.map(|(m, a)| (m.name, a.ja())), Some(("熊本市", "南区富合町・城南町")));
    assert_eq!(j(2).only.map(|(m, a)| (m.name, a.ja())), Some(("熊本市", "北区植木町")));
    // The information is of December 2022: more than a year old, and the card says so once.
    assert_eq!((j(0).dated.y, j(0).dated.m, j(0).old), (2022, 12, true));
    // The card's one warning is its phone's date; the jurisdiction line carries its own.
    assert!(
        hw.iter().all(|p| p.old == Some(kumamoto_shien_navi::guidance::OldInfo::Contacts { year: 2017, month: 5 })),
        "{:?}",
        hw.iter().map(|p| p.old).collect::<Vec<_>>()
    );
    // Who else 菊池 serves: its five municipalities in full, and 植木町.
    let whole: Vec<&str> = j(2).whole.iter().map(|m| m.name).collect();
    assert_eq!(whole, ["山鹿市", "菊池市", "合志市", "大津町", "菊陽町"]);
    assert_eq!(
        j(2).parts.iter().map(|(m, a)| (m.name, a.ja())).collect::<Vec<_>>(),
        [("熊本市", "北区植木町")]
    );
    // Each Hello Work office is called on its 2017 number, with 熊本労働局's page beside it for
    // the current details; that its address and hours are not known is said plainly.
    for p in &hw {
        assert!(matches!(p.reach, Reach::Phone(d) if d.source.id == "hellowork-phones-2017"));
        assert!(p.address_unknown && !p.contacts_unknown && p.address.is_none() && p.hours.is_none());
        assert!(
            matches!(p.current_details, Some(d) if d.value.ja() == "https://jsite.mhlw.go.jp/kumamoto-roudoukyoku/")
        );
        assert!(p.office.name.ja().starts_with("ハローワーク"));
    }
    // For 八代市 there is one office and no part.
    let a = Answers { muni: Some(MuniCode(432024)), ..a };
    let g = guidance(&a, &Settings::default(), today, Origin::TownHall).unwrap();
    let p = g.places.iter().find(|p| p.office.id == "hellowork-yatsushiro").unwrap();
    let j = p.jurisdiction.as_ref().unwrap();
    assert!(j.only.is_none() && j.not_here.is_empty() && j.parts.is_empty());
    assert_eq!(j.whole.iter().map(|m| m.name).collect::<Vec<_>>(), ["八代市", "氷川町"]);
}

#[test]
fn the_earthquake_notice_ends_on_its_end_date_and_starts_on_its_first() {
    let n = directory::NOTICES.iter().find(|n| n.id == "r8-kumamoto-earthquake").unwrap();
    assert_eq!(n.until, None, "no end yet");
    let uki = MuniCode(432130);
    assert!(n.applies(uki, Date::parse("2026-07-28").unwrap()));
    assert!(!n.applies(uki, Date::parse("2026-07-27").unwrap()));
    assert!(!n.applies(MuniCode(432032), Date::parse("2026-11-21").unwrap()), "人吉市: not under the act");
    let ended = directory::Notice { until: Some(Date::parse("2026-12-31").unwrap()), ..*n };
    assert!(ended.applies(uki, Date::parse("2026-12-31").unwrap()));
    assert!(!ended.applies(uki, Date::parse("2027-01-01").unwrap()));
    assert!(
        n.sources.contains(&"r8-earthquake-cao")
            && n.url.value.ja().starts_with("https://www.pref.kumamoto.jp/")
    );
}

#[test]
fn self_reliance_windows_carry_the_prefectures_name_address_and_phone() {
    for m in directory::municipalities() {
        let o = directory::office(&format!("self-reliance-{}", m.code.0)).unwrap();
        assert_eq!(o.covers, &[m.code]);
        let phone = o.phone.unwrap();
        assert!(validate::is_phone(phone.value.ja()), "{}", m.name);
        assert_eq!(directory::source(phone.source).unwrap().dated, Date::parse("2026-07-27"));
        // The English name keeps the Japanese one the person says at the counter.
        assert!(o.name.get(Lang::En).contains(&format!("({})", o.name.ja())), "{:?}", o.name);
        assert_eq!(base_text(o.name.get(Lang::Easy)), o.name.ja());
        if let Some(a) = o.address {
            assert_eq!(base_text(a.value.get(Lang::Easy)), a.value.ja(), "{}", m.name);
            assert!(a.value.ja().contains(m.name), "{}: {:?}", m.name, a.value.ja());
        } else {
            assert_eq!(m.name, "熊本市", "only 熊本市's window has no single address (one per ward)");
        }
        assert_eq!(o.council, o.name.ja().contains("社会福祉協議会"), "{:?}", o.name);
    }
    // A desk of the city hall is named with its city; the prefecture's own words stay.
    assert_eq!(directory::office("self-reliance-432067").unwrap().name.ja(), "玉名市くらしサポート課");
    assert_eq!(directory::office("self-reliance-432059").unwrap().name.ja(), "みなまた安心センター");
    assert_eq!(directory::OFFICES.iter().filter(|o| o.council).count(), 28);
}

#[test]
fn the_statistics_are_kumamotos_and_japans() {
    let (kumamoto, japan) = directory::not_alone();
    assert_eq!(
        (kumamoto.name, kumamoto.population, kumamoto.unstable, kumamoto.unstable_permille),
        ("熊本県", 216_200, 6_900, 32)
    );
    assert_eq!((japan.name, japan.jobless_permille), ("全国", 23));
}

#[test]
fn check_digits_of_codes_from_outside_the_data() {
    // 埼玉県 (remainder 0 → 1), 宇城市 (remainder 1 → 0), and one digit off.
    assert!(MuniCode(110001).has_valid_check_digit());
    assert!(MuniCode(432130).has_valid_check_digit());
    assert!(!MuniCode(432131).has_valid_check_digit());
}

#[test]
fn unsourced_details_stay_out_of_the_data() {
    // The fact sheet marks these as not verified (§2, §3-2, §8): they must not appear.
    for id in ["saposte-kumamoto", "saposte-yatsushiro"] {
        let o = directory::office(id).unwrap();
        assert!(o.phone.is_none() && o.address.is_none() && o.hours.is_none(), "{id}");
    }
    // No Hello Work office's address or hours is verified (facts-2026-11.md §1); their phone
    // numbers are the bureau's list of May 2017 (facts-2026-12.md §1), exactly.
    let hw: Vec<_> = directory::OFFICES.iter().filter(|o| o.kind == OfficeKind::HelloWork).collect();
    assert_eq!(hw.len(), 10);
    assert!(hw.iter().all(|o| o.address.is_none() && o.hours.is_none()));
    let phones: Vec<(&str, &str, &str)> =
        hw.iter().map(|o| (o.id, o.phone.unwrap().value.ja(), o.phone.unwrap().source)).collect();
    let list = [
        ("hellowork-kumamoto", "096-371-8609"),
        ("hellowork-kamimashiki", "096-282-0077"),
        ("hellowork-yatsushiro", "0965-31-8609"),
        ("hellowork-kikuchi", "0968-24-8609"),
        ("hellowork-tamana", "0968-72-8609"),
        ("hellowork-amakusa", "0969-22-8609"),
        ("hellowork-kuma", "0966-24-8609"),
        ("hellowork-uki", "0964-32-8609"),
        ("hellowork-aso", "0967-22-8609"),
        ("hellowork-minamata", "0966-62-8609"),
    ];
    assert_eq!(phones, list.map(|(id, n)| (id, n, "hellowork-phones-2017")));
    // The 2008 phone number of くまもとサポステ is not known to be current.
    assert!(directory::OFFICES.iter().all(|o| o.phone.is_none_or(|p| p.value.ja() != "096-365-0117")));
}

fn problems_after(
    edit: impl FnOnce(&mut Vec<directory::Municipality>, &mut Vec<directory::Office>),
) -> Vec<String> {
    let mut munis = directory::ALL_ROWS.to_vec();
    let mut offices = directory::OFFICES.to_vec();
    edit(&mut munis, &mut offices);
    validate::validate(&munis, &offices, &directory::SOURCES, &directory::NOTICES)
        .iter()
        .map(|p| p.to_string())
        .collect()
}

fn index_of(offices: &[directory::Office], id: &str) -> usize {
    offices.iter().position(|o| o.id == id).unwrap()
}

#[test]
fn a_bad_phone_number_is_refused_naming_record_and_field() {
    let p = problems_after(|_, o| {
        let i = index_of(o, "saposte-tamana");
        o[i].phone = Some(Sourced { value: Tr::same("0968-74-000"), source: "seed-pf-2019" });
    });
    assert_eq!(p, vec!["offices.toml saposte-tamana: phone: \"0968-74-000\" is not written 0XX-XXX-XXXX"]);
}

#[test]
fn an_unsourced_field_is_refused() {
    let p = problems_after(|_, o| {
        let i = index_of(o, "saposte-kumamoto");
        o[i].address = Some(Sourced { value: Tr::same("熊本市のどこか"), source: "memory" });
    });
    assert_eq!(p, vec!["offices.toml saposte-kumamoto: address: unknown source \"memory\""]);
}

#[test]
fn coverage_gaps_and_overlaps_are_refused() {
    let p = problems_after(|_, o| {
        let i = index_of(o, "saposte-tamana");
        o[i].covers = &[MuniCode(432041)];
    });
    assert!(
        p.iter()
            .any(|s| s
                == "municipalities.csv 432067 玉名市: saposte: covered by 0 Saposte, expected exactly 1"),
        "{p:?}"
    );
    let p = problems_after(|_, o| {
        let i = index_of(o, "saposte-kumamoto");
        o[i].covers = &[MuniCode(431001), MuniCode(432024)];
    });
    assert!(
        p.iter()
            .any(|s| s
                == "municipalities.csv 432024 八代市: saposte: covered by 2 Saposte, expected exactly 1"),
        "{p:?}"
    );
}

#[test]
fn broken_municipality_rows_are_refused() {
    let p = problems_after(|m, _| {
        let i = m.iter().position(|m| m.code == MuniCode(432024)).unwrap();
        m[i].code = MuniCode(432025);
        m[i].kind = MuniKind::Town;
    });
    assert!(p.contains(&"municipalities.csv 432025: code: check digit does not match".to_string()), "{p:?}");
    assert!(p.iter().any(|s| s.starts_with("municipalities.csv 432025: kind:")), "{p:?}");
    assert!(
        p.iter()
            .any(|s| s.starts_with("offices.toml saposte-yatsushiro: covers: unknown municipality 432024")),
        "{p:?}"
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let p = problems_after(|_, o| {
        let copy = o[0];
        o.push(copy);
    });
    assert!(p.iter().any(|s| s.ends_with(": id: duplicate id")), "{p:?}");
}

#[test]
fn a_municipality_served_by_two_hello_work_offices_or_none_is_refused() {
    let p = problems_after(|_, o| {
        let i = index_of(o, "hellowork-uki");
        o[i].covers = &[MuniCode(432113), MuniCode(432130), MuniCode(433489), MuniCode(432024)];
    });
    assert!(
        p.contains(&"municipalities.csv 432024 八代市: hellowork: served by 2 Hello Work offices, expected exactly 1 (a part served by another office is a part)".to_string()),
        "{p:?}"
    );
    let p = problems_after(|_, o| {
        let i = index_of(o, "hellowork-minamata");
        o[i].covers = &[MuniCode(432059)];
    });
    assert!(
        p.iter().any(|s| s.starts_with("municipalities.csv 434825 芦北町: hellowork: served by 0")),
        "{p:?}"
    );
    // A part of a municipality the office serves whole already is a mistake.
    let p = problems_after(|_, o| {
        let i = index_of(o, "hellowork-kikuchi");
        o[i].covers = &[
            MuniCode(431001),
            MuniCode(432083),
            MuniCode(432105),
            MuniCode(432164),
            MuniCode(434035),
            MuniCode(434043),
        ];
    });
    assert!(
        p.contains(&"offices.toml hellowork-kikuchi: parts: serves all of 431001 already".to_string()),
        "{p:?}"
    );
}

#[test]
fn a_self_reliance_window_without_a_phone_is_refused() {
    let p = problems_after(|_, o| {
        let i = index_of(o, "self-reliance-432059");
        o[i].phone = None;
    });
    assert_eq!(
        p,
        vec!["offices.toml self-reliance-432059: phone: a self-reliance window needs its phone number"]
    );
}

#[test]
fn a_broken_notice_is_refused_naming_the_field() {
    let mut notices = directory::NOTICES.to_vec();
    notices[0].sources = &["rumour"];
    notices[0].municipalities = &[MuniCode(131016)];
    notices[0].until = Some(Date::parse("2026-07-01").unwrap());
    let p: Vec<String> =
        validate::validate(&directory::ALL_ROWS, &directory::OFFICES, &directory::SOURCES, &notices)
            .iter()
            .map(|p| p.to_string())
            .collect();
    assert_eq!(
        p,
        [
            "notices.toml r8-kumamoto-earthquake: municipalities: unknown municipality 131016",
            "notices.toml r8-kumamoto-earthquake: sources: unknown source \"rumour\"",
            "notices.toml r8-kumamoto-earthquake: until: is before from",
        ]
    );
    assert!(
        validate::validate(
            &directory::ALL_ROWS,
            &directory::OFFICES,
            &directory::SOURCES,
            &directory::NOTICES
        )
        .is_empty()
    );
}

/// The Hello Work records with no area yet, and the jurisdiction file applied to them (as the
/// build does), then the whole data checked.
fn jurisdiction_problems(edit: impl FnOnce(&str) -> String) -> (Vec<String>, Vec<directory::Office>) {
    let csv = edit(include_str!("../assets/data/hellowork_jurisdiction.csv"));
    let mut offices = directory::OFFICES.to_vec();
    for o in offices.iter_mut().filter(|o| o.kind == OfficeKind::HelloWork) {
        o.covers = &[];
        o.parts = &[];
    }
    let mut p: Vec<String> = validate::apply_jurisdiction(&csv, &directory::ALL_ROWS, &mut offices)
        .iter()
        .map(|p| p.to_string())
        .collect();
    p.extend(
        validate::validate(&directory::ALL_ROWS, &offices, &directory::SOURCES, &directory::NOTICES)
            .iter()
            .map(|p| p.to_string()),
    );
    (p, offices)
}

#[test]
fn the_jurisdiction_file_gives_exactly_the_compiled_areas() {
    let (p, offices) = jurisdiction_problems(str::to_string);
    assert!(p.is_empty(), "{p:?}");
    assert_eq!(offices, directory::OFFICES.to_vec());
}

#[test]
fn a_jurisdiction_row_naming_an_unknown_office_or_the_wrong_municipality_is_refused() {
    let (p, _) = jurisdiction_problems(|c| {
        c.replace("432024,八代市,hellowork-yatsushiro", "432024,八代市,hellowork-yatushiro")
    });
    assert!(
        p.iter().any(|s| s.starts_with("hellowork_jurisdiction.csv line ")
            && s.ends_with(": office: \"hellowork-yatushiro\" is no Hello Work record of offices.toml")),
        "{p:?}"
    );
    assert!(
        p.iter().any(|s| s.starts_with("municipalities.csv 432024 八代市: hellowork: served by 0")),
        "{p:?}"
    );
    let (p, _) = jurisdiction_problems(|c| c.replace("432032,人吉市,", "432032,八代市,"));
    assert!(p.iter().any(|s| s.ends_with(": municipality: 432032 is 人吉市, not \"八代市\"")), "{p:?}");
    // A second office for the same municipality.
    let (p, _) =
        jurisdiction_problems(|c| format!("{c}432024,八代市,hellowork-kuma,,,,hellowork-jurisdiction\n"));
    assert!(
        p.iter().any(|s| s.starts_with("municipalities.csv 432024 八代市: hellowork: served by 2")),
        "{p:?}"
    );
    // A part without its readings, and one whose source is not the office's.
    let (p, _) = jurisdiction_problems(|c| c.replace("{北区|きたく}{植木町|うえきまち}", "北区植木町"));
    assert!(p.iter().any(|s| s.contains(": area: easy: has 「北」 without a reading")), "{p:?}");
}
