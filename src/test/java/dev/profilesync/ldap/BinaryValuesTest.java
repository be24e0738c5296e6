package dev.profilesync.ldap;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Octet strings become text that means something: GUIDs, SIDs, Base64 for the rest. */
class BinaryValuesTest {
    private static final byte[] GUID = {0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, (byte) 0x88, (byte) 0x99,
            (byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff};

    @Test
    void objectGuidUsesMicrosoftsMixedEndianLayout() {
        assertThat(BinaryValues.render("objectguid", GUID)).isEqualTo("00112233-4455-6677-8899-aabbccddeeff");
    }

    @Test
    void objectSidIsWrittenInTheSddlForm() {
        byte[] wellKnownAdministrators = {1, 2, 0, 0, 0, 0, 0, 5, 32, 0, 0, 0, 0x20, 0x02, 0, 0};

        assertThat(BinaryValues.render("objectsid", wellKnownAdministrators)).isEqualTo("S-1-5-32-544");
    }

    @Test
    void otherBinaryValuesAndMalformedIdsAreBase64() {
        assertThat(BinaryValues.render("jpegphoto", new byte[] {(byte) 0xff, (byte) 0xd8})).isEqualTo("/9g=");
        assertThat(BinaryValues.render("objectguid", new byte[] {1, 2, 3})).isEqualTo("AQID");
        assertThat(BinaryValues.render("objectsid", new byte[] {1, 9, 0})).isEqualTo("AQkA");
    }

    @Test
    void uuidFromBytesIsAGuidTextOrHex() {
        assertThat(BinaryValues.uuid(GUID)).isEqualTo("00112233-4455-6677-8899-aabbccddeeff");
        assertThat(BinaryValues.uuid("c0ffee-id".getBytes(StandardCharsets.UTF_8))).isEqualTo("c0ffee-id");
        assertThat(BinaryValues.uuid(new byte[] {(byte) 0xff, 0x00, (byte) 0xfe})).isEqualTo("ff00fe");
    }
}
