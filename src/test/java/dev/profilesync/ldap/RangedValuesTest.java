package dev.profilesync.ldap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the range option of Active Directory's ranged attributes. */
class RangedValuesTest {

    @Test
    void rangeWithAnEndAndTheLastRangeAreRecognised() {
        assertThat(RangedValues.parse("member;range=0-1499")).isEqualTo(new RangedValues.Range("member", 0, 1499));
        assertThat(RangedValues.parse("memberOf;Range=1500-*")).isEqualTo(new RangedValues.Range("memberOf", 1500, -1));
        assertThat(RangedValues.parse("memberOf;Range=1500-*").isLast()).isTrue();
    }

    @Test
    void attributesWithoutARangeOrWithAMalformedOneAreLeftAlone() {
        assertThat(RangedValues.parse("member")).isNull();
        assertThat(RangedValues.parse("member;binary")).isNull();
        assertThat(RangedValues.parse("member;range=a-b")).isNull();
        assertThat(RangedValues.parse("member;range=-5")).isNull();
    }
}
