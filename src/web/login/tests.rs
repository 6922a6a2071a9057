use super::safe_next;

#[test]
fn next_stays_on_this_site() {
    assert_eq!(safe_next("/admin/users"), "/admin/users");
    assert_eq!(safe_next("//evil.example"), "/admin");
    assert_eq!(safe_next("https://evil.example"), "/admin");
    assert_eq!(safe_next("/\\evil.example"), "/admin");
    assert_eq!(safe_next("/\t/evil.example"), "/admin");
    assert_eq!(safe_next("/\n/evil.example"), "/admin");
    assert_eq!(safe_next("/%09/evil.example"), "/admin");
    assert_eq!(safe_next("/%2F/evil.example"), "/admin");
    assert_eq!(safe_next("/%5Cevil.example"), "/admin");
    assert_eq!(safe_next("/admin\r\nSet-Cookie: x=1"), "/admin");
    assert_eq!(safe_next(""), "/admin");
    assert_eq!(
        safe_next("/admin/audit?action=login.failed"),
        "/admin/audit?action=login.failed"
    );
}
