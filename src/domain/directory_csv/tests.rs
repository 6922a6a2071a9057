use super::*;

const HEADER: &str =
    "name,slug,sector,hq_country,website,operates_in,contact_name,contact_email,contact_role\n";

#[test]
fn rows_of_one_slug_make_one_company_with_several_contacts() {
    let text = format!(
        "{HEADER}Golden Net,golden-net,telecom-operator,sg,https://golden.example.org,MM;th;MM,Aye Aye,aye@golden.example.org,Head of human rights\n\
         Golden Net,golden-net,telecom-operator,SG,https://golden.example.org,TH;MM,Ko Ko,ko@golden.example.org,Legal\n\
         Quiet Vendor,quiet-vendor,surveillance-vendor,DE,,,,,\n"
    );
    let companies = parse(text.as_bytes()).unwrap();
    assert_eq!(companies.len(), 2);
    assert_eq!(companies[0].contacts.len(), 2);
    let codes: Vec<_> = companies[0].operates_in.iter().map(|c| c.code()).collect();
    assert_eq!(codes, ["MM", "TH"]);
    assert!(companies[1].contacts.is_empty());
    assert_eq!(
        parse(write(&companies).as_bytes()).unwrap(),
        companies,
        "round trip"
    );
}

#[test]
fn every_problem_is_named_by_row_and_column() {
    let text = format!(
        "{HEADER}Good,good-co,other,FR,,,,,\n\
         ,bad slug,telco,XX,ftp://x,MM;ZZ,Someone,not-an-email,\n\
         Good Renamed,good-co,other,FR,,,,,\n"
    );
    let errors: Vec<String> = parse(text.as_bytes())
        .unwrap_err()
        .iter()
        .map(|e| e.to_string())
        .collect();
    for expected in [
        "row 3, column slug:",
        "row 3, column name: is empty",
        "row 3, column sector:",
        "row 3, column hq_country:",
        "row 3, column website:",
        "row 3, column operates_in: `ZZ`",
        "row 3, column contact_email:",
        "row 4, column name: differs from row 2",
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(expected)),
            "{expected} not in {errors:#?}"
        );
    }
}

#[test]
fn header_problems() {
    let errors = parse(b"name,slug,sectr\n").unwrap_err();
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert!(text
        .iter()
        .any(|e| e.starts_with("row 1, column sectr: unknown column")));
    assert!(text
        .iter()
        .any(|e| e.starts_with("row 1, column hq_country: this column is missing")));
    assert!(parse(b"").unwrap_err()[0].to_string().contains("empty"));
}

#[test]
fn a_spreadsheet_bom_and_blank_lines_are_fine() {
    let text = format!("\u{feff}{HEADER}\nA Co,a-co,other,US,,,,,\n\n");
    assert_eq!(parse(text.as_bytes()).unwrap().len(), 1);
}
