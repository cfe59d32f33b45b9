/**
 * Supporting documents that applicants upload: the inspection that lets through only sound PDF,
 * JPEG and PNG files. Depends on common only (and Tika, PDFBox); never on JPA or the web module.
 */
package lu.alarmis.document;
