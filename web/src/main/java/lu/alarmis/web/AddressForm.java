package lu.alarmis.web;

import java.io.Serializable;

import lu.alarmis.client.Address;

/** The four fields of an address as a form holds them while a person types. */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String street;
    private String houseNumber;
    private String postcode;
    private String locality;

    /** The form filled with an address, or empty. */
    public static AddressForm of(Address address) {
        AddressForm form = new AddressForm();
        if (address != null) {
            form.street = address.getStreet();
            form.houseNumber = address.getHouseNumber();
            form.postcode = address.getPostcode();
            form.locality = address.getLocality();
        }
        return form;
    }

    /** What was typed, normalised as the register keeps it (checked by the service). */
    public Address toAddress() {
        return new Address(street, houseNumber, postcode, locality);
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
}
