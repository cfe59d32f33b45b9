package lu.alarmis.request;

import static lu.alarmis.common.Text.blank;
import static lu.alarmis.common.Text.strip;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import lu.alarmis.account.BusinessEspace;

/** The protected site: an address in Luxembourg and the kind of premises. */
@Embeddable
public class SiteAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = BusinessEspace.STREET_MAX)
    @Column(name = "site_street", length = BusinessEspace.STREET_MAX)
    private String street;

    @NotBlank
    @Size(max = BusinessEspace.HOUSE_NUMBER_MAX)
    @Column(name = "site_house_number", length = BusinessEspace.HOUSE_NUMBER_MAX)
    private String houseNumber;

    @NotNull
    @Pattern(regexp = BusinessEspace.POSTCODE_PATTERN)
    @Column(name = "site_postcode", length = 6)
    private String postcode;

    @NotBlank
    @Size(max = BusinessEspace.LOCALITY_MAX)
    @Column(name = "site_locality", length = BusinessEspace.LOCALITY_MAX)
    private String locality;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "premises_kind", length = 20)
    private PremisesKind premisesKind;

    public SiteAddress() {
        // for JPA and forms
    }

    public SiteAddress(String street, String houseNumber, String postcode, String locality, PremisesKind premisesKind) {
        this.street = strip(street);
        this.houseNumber = strip(houseNumber);
        this.postcode = BusinessEspace.normalisePostcode(postcode);
        this.locality = strip(locality);
        this.premisesKind = premisesKind;
    }

    /** A copy, normalised the way the register keeps addresses. */
    public SiteAddress normalised() {
        return new SiteAddress(street, houseNumber, postcode, locality, premisesKind);
    }

    public boolean isComplete() {
        return !blank(street) && !blank(houseNumber) && postcode != null
                && postcode.matches(BusinessEspace.POSTCODE_PATTERN) && !blank(locality) && premisesKind != null;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public PremisesKind getPremisesKind() {
        return premisesKind;
    }

    public void setPremisesKind(PremisesKind premisesKind) {
        this.premisesKind = premisesKind;
    }
}
