package lu.alarmis.document;

/** What a download sends: the name to save it under, its type as inspected on upload, its bytes. */
public record DocumentDownload(String fileName, String mediaType, byte[] content) {
}
