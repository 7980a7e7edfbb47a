package org.zhengwu.gazette.persistence;

/**
 * A file as accepted, for provenance.
 *
 * @param format      what the file was ({@code TEXT_UTF8}, {@code PDF} …)
 * @param contentHash the SHA-256 of its normalised text: the same content read from another file is the same
 */
public record StoredFile(String name, String format, String sha256, byte[] bytes, String contentHash) {
}
