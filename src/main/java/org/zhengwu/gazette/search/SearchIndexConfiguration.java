package org.zhengwu.gazette.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index lives under the data directory ({@code DATA/search}), or in memory where a profile asks. */
@Configuration(proxyBeanMethods = false)
class SearchIndexConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex gazetteSearchIndex(@Value("${zhengwu.data-dir}") Path dataDir,
            @Value("${zhengwu.search.in-memory:false}") boolean inMemory) throws IOException {
        return new SearchIndex(inMemory ? new ByteBuffersDirectory() : FSDirectory.open(dataDir.resolve("search")));
    }
}
