package dev.profilesync.ldap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** AD's error numbers, as the Samba AD DC wrote them in SambaWriteBackTest, turned into remedies. */
class AdDiagnosticsTest {
    @Test
    void samba16ForAnAttributeOutsideTheSchemaIsTold() {
        assertThat(AdDiagnostics.unknownAttribute("acl_modify: attribute 'favouriteColour' on entry 'CN=x' was not"
                + " found in the schema!")).isTrue();
        assertThat(AdDiagnostics.unknownAttribute("attribute 'title': no matching attribute value while deleting"
                + " attribute on 'CN=x'")).isFalse();
    }

    @Test
    void errorNumbersGetTheirRemedy() {
        assertThat(AdDiagnostics.remedy("00002098: Object CN=x has no write property access"))
                .contains("delegate control");
        assertThat(AdDiagnostics.remedy("0000200B: objectclass_attrs: attribute 'title' on entry 'CN=x' contains"
                + " at least one invalid value!")).contains("rangeUpper");
        assertThat(AdDiagnostics.remedy("0000200D: SINGLE-VALUE attribute description on CN=x specified more than"
                + " once")).contains("single value");
        assertThat(AdDiagnostics.remedy("00002030: No such Base DN: CN=x")).contains("run a sync");
    }

    @Test
    void refusedBindSaysWhyInAdsTerms() {
        String prefix = "80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data ";
        assertThat(AdDiagnostics.remedy(prefix + "52e, v1db1")).contains("password is wrong");
        assertThat(AdDiagnostics.remedy(prefix + "532, v1db1")).contains("expired");
        assertThat(AdDiagnostics.remedy(prefix + "533, v1db1")).contains("disabled");
        assertThat(AdDiagnostics.remedy(prefix + "775, v1db1")).contains("locked out");
    }

    @Test
    void otherServersWordsAddNothing() {
        assertThat(AdDiagnostics.remedy("no write access to parent")).isEmpty();
    }
}
