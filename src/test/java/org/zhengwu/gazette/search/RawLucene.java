package org.zhengwu.gazette.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.zhengwu.gazette.PublicDocument;

/**
 * Raw Lucene doing the application's work by hand, for the benchmarks: the same analyser
 * (smartcn), the same index options (offsets in the postings), one index document per
 * article-level unit and one per head; a search is the classic query parser's query, top 10,
 * UnifiedHighlighter snippets and the stored fields of each hit.
 */
public final class RawLucene implements Closeable {

    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private IndexSearcher searcher;

    public RawLucene(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
    }

    /** The index documents of a document: the same pieces the application indexes. */
    public static List<Document> documents(PublicDocument d) {
        var docs = new ArrayList<Document>();
        docs.add(doc(d, null, d.title() + "\n" + d.docNumber()));
        for (var p : ArticleUnits.of(d.units())) {
            docs.add(doc(d, p.eId(), p.text()));
        }
        return docs;
    }

    private static Document doc(PublicDocument d, String eId, String text) {
        var doc = new Document();
        doc.add(new StringField("documentId", d.id(), Field.Store.YES));
        doc.add(new StoredField("docNumber", d.docNumber()));
        doc.add(new StoredField("title", d.title()));
        if (eId != null) {
            doc.add(new StoredField("eId", eId));
        }
        doc.add(new Field("text", text, Fields.TEXT_TYPE));
        return doc;
    }

    public void add(PublicDocument d) throws IOException {
        writer.addDocuments(documents(d));
    }

    public void commit() throws IOException {
        writer.commit();
        searcher = new IndexSearcher(DirectoryReader.open(writer));
    }

    /** Top 10 with snippets; returns the number of hits fetched. */
    public int search(String text) throws IOException {
        org.apache.lucene.search.Query query;
        try {
            query = new QueryParser("text", analyzer).parse(text);
        } catch (ParseException e) {
            try {
                query = new QueryParser("text", analyzer).parse(QueryParser.escape(text));
            } catch (ParseException again) {
                throw new IllegalArgumentException(again);
            }
        }
        var top = searcher.search(query, 10);
        var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.CHINA))
                .withHandleMultiTermQuery(false).build();
        var snippets = highlighter.highlight("text", query, top, 2);
        var stored = searcher.storedFields();
        int n = 0;
        for (int i = 0; i < top.scoreDocs.length; i++) {
            var d = stored.document(top.scoreDocs[i].doc);
            n += d.get("documentId") != null && (snippets[i] != null || d.get("title") != null) ? 1 : 0;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        if (searcher != null) {
            searcher.getIndexReader().close();
        }
        writer.close();
        directory.close();
    }
}
