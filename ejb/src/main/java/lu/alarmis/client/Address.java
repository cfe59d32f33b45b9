package lu.alarmis.client;

import static lu.alarmis.common.Text.blank;
import static lu.alarmis.common.Text.strip;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import lu.alarmis.account.BusinessEspace;

/**
 * An address in Luxembourg, as the register keeps it: a client's registered postal address (where
 * letters go) or a connection's protected site. Normalised when made (spaces stripped, the postcode
 * written {@code L-1234}).
 */
@Embeddable
public class Address implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "street", length = BusinessEspace.STREET_MAX)
    private String street;

    @Column(name = "house_number", length = BusinessEspace.HOUSE_NUMBER_MAX)
    private String houseNumber;

    @Column(name = "postcode", length = 6)
    private String postcode;

    @Column(name = "locality", length = BusinessEspace.LOCALITY_MAX)
    private String locality;

    protected Address() {
        // for JPA
    }

    public Address(String street, String houseNumber, String postcode, String locality) {
        this.street = strip(street);
        this.houseNumber = strip(houseNumber);
        this.postcode = BusinessEspace.normalisePostcode(postcode);
        this.locality = strip(locality);
    }

    /** Every part there, the postcode a Luxembourg one. */
    public boolean isComplete() {
        return !blank(street) && !blank(houseNumber) && postcode != null
                && postcode.matches(BusinessEspace.POSTCODE_PATTERN) && !blank(locality)
                && street.length() <= BusinessEspace.STREET_MAX && houseNumber.length() <= BusinessEspace.HOUSE_NUMBER_MAX
                && locality.length() <= BusinessEspace.LOCALITY_MAX;
    }

    public String getStreet() {
        return street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getLocality() {
        return locality;
    }

    /** "12, rue de la Gare, L-1611 Luxembourg": as one line, e.g. in a history entry. */
    public String oneLine() {
        return houseNumber + ", " + street + ", " + postcode + " " + locality;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address that && Objects.equals(street, that.street)
                && Objects.equals(houseNumber, that.houseNumber) && Objects.equals(postcode, that.postcode)
                && Objects.equals(locality, that.locality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(street, houseNumber, postcode, locality);
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
