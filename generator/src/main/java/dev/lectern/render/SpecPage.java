package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Section;
import java.util.List;

/** The planning document for authors: metadata, then every section in order. */
public record SpecPage(String root, String page, LessonSummary lesson, List<LessonMetadata.Field> metadata,
                       List<Block> preamble, List<Section> sections, PageHtml html) {
}
