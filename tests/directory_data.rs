//! The compiled-in directory against independent expectations, and the validator against
//! broken data (each failure must name the record and the field).

use kumamoto_shien_navi::answers::{Answers, School, Work};
use kumamoto_shien_navi::date::Date;
use kumamoto_shien_navi::directory::{self, MuniCode, MuniKind, OfficeKind, Sourced, validate};
use kumamoto_shien_navi::guidance::{Origin, guidance};
use kumamoto_shien_navi::settings::Settings;
use kumamoto_shien_navi::text::{Lang, Tr, base_text};

#[test]
fn every_municipality_has_the_saposte_the_fact_sheet_names() {
    let table = include_str!("data/saposte_by_municipality.csv");
    let rows: Vec<(u32, &str, &str)> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("code,"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].parse().unwrap(), f[1], f[2])
        })
        .collect();
    assert_eq!(rows.len(), 45);
    for (code, name, want) in rows {
        let m = directory::municipality(MuniCode(code)).unwrap_or_else(|| panic!("{code} {name} missing"));
        assert_eq!(m.name, name);
        let got = directory::saposte_for(m.code).map(|o| o.id);
        assert_eq!(got, Some(want), "{code} {name}");
        assert!(
            directory::covering(m.code, OfficeKind::HelloWork).next().is_some(),
            "{name} has a Hello Work entry"
        );
    }
}

/// What the result shows for each of the 45: the right Saposte, a Hello Work entry, its own
/// self-reliance window and the right hikikomori centre (熊本市 → りんく, elsewhere → ゆるここ).
#[test]
fn every_municipality_gets_its_four_doors_in_the_result() {
    let table = include_str!("data/saposte_by_municipality.csv");
    let today = Date::parse("2026-11-21").unwrap();
    let mut checked = 0;
    for line in table.lines().filter(|l| !l.starts_with('#') && !l.starts_with("code,")) {
        let f: Vec<&str> = line.split(',').collect();
        let code: u32 = f[0].parse().unwrap();
        for work in Work::ALL {
            let a = Answers {
                grad: Some(1999),
                school: Some(School::High),
                work: Some(work),
                muni: Some(MuniCode(code)),
                born: None,
            };
            let g = guidance(&a, &Settings::default(), today, Origin::TownHall).unwrap();
            let ids: Vec<&str> = g.places.iter().chain(&g.other_places).map(|p| p.office.id).collect();
            let has = |id: &str| ids.contains(&id);
            assert!(has(f[2]), "{} {work:?}: {ids:?}", f[1]);
            assert!(has("hellowork-kumamoto-roudoukyoku"), "{}: {ids:?}", f[1]);
            assert!(has(&format!("self-reliance-{code}")), "{}: {ids:?}", f[1]);
            if code == 431001 {
                assert!(has("hikikomori-link") && !has("hikikomori-yurukoko"), "熊本市: {ids:?}");
            } else {
                assert!(has("hikikomori-yurukoko") && !has("hikikomori-link"), "{}: {ids:?}", f[1]);
            }
            assert_eq!(ids.iter().filter(|id| id.starts_with("saposte-")).count(), 1, "{}", f[1]);
            assert_eq!(ids.iter().filter(|id| id.starts_with("self-reliance-")).count(), 1, "{}", f[1]);
            assert!(g.places.iter().chain(&g.other_places).all(|p| p.covers_person));
            let first = &g.summary.first_place;
            assert!(g.places.contains(first), "{}: the first place is among the places shown", f[1]);
        }
        checked += 1;
    }
    assert_eq!(checked, 45);
}

#[test]
fn self_reliance_windows_name_their_municipality() {
    for m in directory::municipalities() {
        let o = directory::office(&format!("self-reliance-{}", m.code.0)).unwrap();
        // In each register, with the official name the person will say at the counter.
        for lang in Lang::ALL {
            assert!(
                base_text(&o.name_in(lang)).contains(m.name),
                "{lang:?} {}: {:?}",
                m.name,
                o.name_in(lang)
            );
        }
        assert_eq!(o.covers, &[m.code]);
        let town = m.kind != MuniKind::City;
        assert_eq!(o.name_in(Lang::Ja).contains("社会福祉協議会"), town, "{:?}", o.name);
    }
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
    for id in ["saposte-kumamoto", "saposte-yatsushiro", "hellowork-kumamoto-roudoukyoku"] {
        let o = directory::office(id).unwrap();
        assert!(o.phone.is_none() && o.address.is_none() && o.hours.is_none(), "{id}");
    }
    // The 2008 phone number of くまもとサポステ is not known to be current.
    assert!(directory::OFFICES.iter().all(|o| o.phone.is_none_or(|p| p.value.ja != "096-365-0117")));
}

fn problems_after(
    edit: impl FnOnce(&mut Vec<directory::Municipality>, &mut Vec<directory::Office>),
) -> Vec<String> {
    let mut munis = directory::ALL_ROWS.to_vec();
    let mut offices = directory::OFFICES.to_vec();
    edit(&mut munis, &mut offices);
    validate::validate(&munis, &offices, &directory::SOURCES).iter().map(|p| p.to_string()).collect()
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
