package org.zhengwu.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.Person;
import org.zhengwu.directory.Post;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/** The directory, read over REST: units, one unit with its posts and holders, who acts for a post on a day. */
@RestController
@RequestMapping("/api/v1/directory")
class DirectoryApi {

    private final Directory directory;
    private final Clock clock;

    DirectoryApi(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/units")
    List<Json.Unit> units() {
        return directory.units().stream().map(Json.Unit::of).toList();
    }

    @GetMapping("/units/{id}")
    Json.UnitDetail unit(@PathVariable OrgUnitId id) {
        var unit = directory.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var today = LocalDate.now(clock);
        var supervising = unit.parent() == null ? null : directory.unit(unit.parent()).map(Json.Unit::of).orElse(null);
        return new Json.UnitDetail(Json.Unit.of(unit), supervising,
                directory.inChargeOf(id).map(p -> ref(p, today)).orElse(null),
                directory.deputyInChargeOf(id).map(p -> ref(p, today)).orElse(null),
                directory.postsIn(id).stream().map(p -> post(p, today)).toList(),
                directory.children(id).stream().map(Json.Unit::of).toList());
    }

    /** Who acts for the post on the day (today when no date is given): WR-6, WR-8. */
    @GetMapping("/acting")
    Json.ActingAnswer acting(@RequestParam PostId post,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        var day = date == null ? LocalDate.now(clock) : date;
        var acting = directory.whoActsFor(post, day);
        var name = acting.person() == null ? null : directory.person(acting.person()).map(Person::name).orElse(null);
        return Json.ActingAnswer.of(acting, day, name);
    }

    private Json.PostRef ref(Post post, LocalDate today) {
        return new Json.PostRef(post.id().value(), post.title(), post.kind(),
                Json.PersonRef.of(directory.holderOf(post.id(), today).orElse(null)));
    }

    private Json.Post post(Post post, LocalDate today) {
        var history = directory.history(post.id()).stream()
                .map(t -> Json.Term.of(t, directory.person(t.person()).map(Person::name).orElse(null))).toList();
        return new Json.Post(post.id().value(), post.title(), post.kind(), post.head(),
                Json.PersonRef.of(directory.holderOf(post.id(), today).orElse(null)), history);
    }
}
