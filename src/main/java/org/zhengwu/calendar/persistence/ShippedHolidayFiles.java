package org.zhengwu.calendar.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The official holiday files shipped with the platform, as resources of the application. */
@Component
public class ShippedHolidayFiles {

    static final String LOCATION = "classpath*:calendar/holidays/*.json";

    public List<HolidayFile> all() {
        try {
            var resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(LOCATION);
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(ShippedHolidayFiles::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the shipped holiday files", e);
        }
    }

    private static HolidayFile read(Resource resource) {
        try {
            var text = resource.getContentAsString(StandardCharsets.UTF_8);
            return new HolidayFile("calendar/holidays/" + resource.getFilename(), text, Sha256.of(text), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped holiday file " + resource, e);
        }
    }
}
