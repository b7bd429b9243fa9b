//! The compiled-in directory against independent expectations, and the validator against
//! broken data (each failure must name the record and the field).

use kumamoto_shien_navi::directory::{self, MuniCode, MuniKind, OfficeKind, Sourced, validate};

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

#[test]
fn every_code_in_the_data_has_a_valid_check_digit() {
    for m in directory::ALL_ROWS.iter() {
        assert!(m.code.has_valid_check_digit(), "{} {}", m.code.0, m.name);
    }
    // Known codes from outside the data: 埼玉県 (remainder 0 → 1), 宇城市 (remainder 1 → 0).
    assert!(MuniCode(110001).has_valid_check_digit());
    assert!(MuniCode(432130).has_valid_check_digit());
    assert!(!MuniCode(432131).has_valid_check_digit());
}

#[test]
fn every_contact_detail_shown_has_a_known_source() {
    for o in directory::OFFICES.iter() {
        let fields = [o.operator, o.eligibility, o.address, o.phone, o.hours, o.url, o.notice];
        for f in fields.into_iter().flatten() {
            assert!(directory::source(f.source).is_some(), "{}: {:?}", o.id, f);
        }
    }
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
        o[i].phone = Some(Sourced { value: "0968-74-000", source: "seed-pf-2019" });
    });
    assert_eq!(p, vec!["offices.toml saposte-tamana: phone: \"0968-74-000\" is not written 0XX-XXX-XXXX"]);
}

#[test]
fn an_unsourced_field_is_refused() {
    let p = problems_after(|_, o| {
        let i = index_of(o, "saposte-kumamoto");
        o[i].address = Some(Sourced { value: "熊本市のどこか", source: "memory" });
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
