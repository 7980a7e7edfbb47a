/**
 * The parse of a gazette issue as immutable records: what the gazette's storage, search, pages
 * and exports build on. Plain Java; lists are never null; a field the text does not give is null.
 *
 * <p>Named interface {@code model}: {@link org.zhengwu.gazette.GazettePdf#render} takes a
 * {@link org.zhengwu.gazette.domain.model.ParsedDocument}, so a module that prints its own documents
 * (the documents desk's outgoing documents) builds one.
 */
@org.springframework.modulith.NamedInterface("model")
package org.zhengwu.gazette.domain.model;
