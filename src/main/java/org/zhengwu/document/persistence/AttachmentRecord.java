package org.zhengwu.document.persistence;

/** A stored attachment's metadata (its bytes are read on their own). */
public record AttachmentRecord(String id, String documentId, int seq, String fileName, String mediaType, long size) {
}
