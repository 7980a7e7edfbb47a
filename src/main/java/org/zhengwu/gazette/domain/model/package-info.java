/**
 * The parse of a gazette issue as immutable records: what the gazette's storage, search, pages
 * and exports build on. Plain Java; lists are never null; a field the text does not give is null.
 */
@org.springframework.modulith.NamedInterface("model")
package org.zhengwu.gazette.domain.model;
