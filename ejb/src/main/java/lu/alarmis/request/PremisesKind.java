package lu.alarmis.request;

/** What kind of premises the alarm protects. */
public enum PremisesKind {
    SHOP,
    JEWELLERY,
    PHARMACY,
    BANK,
    PETROL_STATION,
    OFFICE,
    WAREHOUSE,
    INDUSTRIAL,
    PUBLIC_BUILDING,
    OTHER
}
