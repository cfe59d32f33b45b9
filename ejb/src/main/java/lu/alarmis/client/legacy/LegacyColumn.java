package lu.alarmis.client.legacy;

import lu.alarmis.account.BusinessEspace;

/** The columns of the legacy register's file, by their header names (any order, case aside). */
public enum LegacyColumn {
    CLIENT_NUMBER("client_number", true, 16),
    NAME("name", true, BusinessEspace.NAME_MAX),
    LEGAL_FORM("legal_form", true, 40),
    TRADE_REGISTER_NUMBER("trade_register_number", false, 20),
    LANGUAGE("language", false, 2),
    POSTAL_STREET("postal_street", true, BusinessEspace.STREET_MAX),
    POSTAL_HOUSE_NUMBER("postal_house_number", true, BusinessEspace.HOUSE_NUMBER_MAX),
    POSTAL_POSTCODE("postal_postcode", true, 8),
    POSTAL_LOCALITY("postal_locality", true, BusinessEspace.LOCALITY_MAX),
    SITE_STREET("site_street", true, BusinessEspace.STREET_MAX),
    SITE_HOUSE_NUMBER("site_house_number", true, BusinessEspace.HOUSE_NUMBER_MAX),
    SITE_POSTCODE("site_postcode", true, 8),
    SITE_LOCALITY("site_locality", true, BusinessEspace.LOCALITY_MAX),
    PASSIVE_ALARM("passive_alarm", false, 5),
    ACTIVE_ALARM("active_alarm", false, 5),
    POST_LINE_ID("post_line_id", false, 40),
    TRANSMITTER_ID("transmitter_id", false, 40),
    STATE("state", false, 10),
    CONNECTED_ON("connected_on", true, 10),
    LAST_SERVICING_ON("last_servicing_on", false, 10),
    LAST_TRANSMISSION_TEST_ON("last_transmission_test_on", false, 10);

    private final String header;
    private final boolean required;
    private final int maxLength;

    LegacyColumn(String header, boolean required, int maxLength) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String header() {
        return header;
    }

    public boolean isRequired() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }
}
