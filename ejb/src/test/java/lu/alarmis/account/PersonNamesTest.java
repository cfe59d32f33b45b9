package lu.alarmis.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void theSameWordsInAnotherOrderCaseOrAccentNameTheSamePerson() {
        assertThat(PersonNames.same("Anna Weber", "WEBER, Anna")).isTrue();
        assertThat(PersonNames.same("Jean-Luc Müller", "jean luc  muller")).isTrue();
        assertThat(PersonNames.same("Zoé d'Orléans", "Zoe d Orleans")).isTrue();
    }

    @Test
    void aMissingOrDifferentWordIsAnotherName() {
        assertThat(PersonNames.same("Anna Weber", "Anna Maria Weber")).isFalse();
        assertThat(PersonNames.same("Anna Weber", "Hanna Weber")).isFalse();
        assertThat(PersonNames.same("Anna Weber", "")).isFalse();
        assertThat(PersonNames.same(null, "Anna Weber")).isFalse();
        assertThat(PersonNames.same(" ", " ")).isFalse();
    }

    @Test
    void aCertificateNamesItsHolderByItsCommonName() {
        ClientCertificate certificate = new ClientCertificate("PNOLU-1",
                "CN=Anna Weber,SERIALNUMBER=PNOLU-1,C=LU", "CN=Demo CA,O=ALARMIS Connect demo,C=LU", Instant.now());
        ClientCertificate nameless = new ClientCertificate("PNOLU-2", "SERIALNUMBER=PNOLU-2,C=LU", "CN=Demo CA",
                Instant.now());

        assertThat(certificate.holderName()).contains("Anna Weber");
        assertThat(nameless.holderName()).isEmpty();
    }
}
