package dev.lectern.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Where N lessons sit in a synthetic course: series of modules of lessons, their numbers, titles,
 * slugs, cognitive load types and the concepts each lesson teaches. Pure arithmetic on the lesson
 * index and the seed, so lesson {@code g} is the same lesson whatever N is (only the "of M" counts
 * of its last module and series depend on N).
 */
final class CourseLayout {

    /** A concept a lesson teaches, at the depth its module record lists it. */
    record Concept(String name, String explanation, String depth) {
        String cell() {
            return name + " (" + explanation + ")";
        }
    }

    record Module(int series, int number, String title, List<Integer> lessons) {
        String id() {
            return series + "." + number;
        }

        String folder() {
            return "series-" + series + "/module-" + series + "-" + number;
        }
    }

    record Series(int number, String title, List<Module> modules) {
        int lessonCount() {
            return modules.stream().mapToInt(m -> m.lessons().size()).sum();
        }
    }

    record LessonSpot(int index, int series, int module, int inModule, int inSeries, String title, String slug,
                      String load, List<Concept> concepts) {
        /** {@code 3.2.5}: series, module, lesson in module. */
        String number() {
            return series + "." + module + "." + inModule;
        }

        /** {@code slug (3.2.5)}, as the planning tables cite a source lesson. */
        String citation() {
            return slug + " (" + number() + ")";
        }
    }

    private static final List<String> DEPTHS_TAUGHT = List.of("DEVELOPED", "INTRODUCED", "MENTIONED");

    private final int lessonCount;
    private final int lessonsPerModule;
    private final int modulesPerSeries;
    private final long seed;
    private final List<Series> series = new ArrayList<>();
    private final List<LessonSpot> lessons = new ArrayList<>();

    CourseLayout(int lessonCount, int lessonsPerModule, int modulesPerSeries, long seed) {
        if (lessonCount < 1 || lessonsPerModule < 1 || modulesPerSeries < 1) {
            throw new IllegalArgumentException("counts must be positive");
        }
        this.lessonCount = lessonCount;
        this.lessonsPerModule = lessonsPerModule;
        this.modulesPerSeries = modulesPerSeries;
        this.seed = seed;
        lay();
    }

    List<Series> series() {
        return series;
    }

    List<LessonSpot> lessons() {
        return lessons;
    }

    LessonSpot lesson(int index) {
        return lessons.get(index);
    }

    long seed() {
        return seed;
    }

    Module moduleOf(LessonSpot lesson) {
        return series.get(lesson.series() - 1).modules().get(lesson.module() - 1);
    }

    Series seriesOf(LessonSpot lesson) {
        return series.get(lesson.series() - 1);
    }

    private void lay() {
        int moduleCount = (lessonCount + lessonsPerModule - 1) / lessonsPerModule;
        int seriesCount = (moduleCount + modulesPerSeries - 1) / modulesPerSeries;
        for (int s = 0; s < seriesCount; s++) {
            List<Module> modules = new ArrayList<>();
            for (int m = s * modulesPerSeries; m < Math.min(moduleCount, (s + 1) * modulesPerSeries); m++) {
                List<Integer> members = new ArrayList<>();
                for (int g = m * lessonsPerModule; g < Math.min(lessonCount, (m + 1) * lessonsPerModule); g++) {
                    members.add(g);
                }
                modules.add(new Module(s + 1, m % modulesPerSeries + 1, title(2, m * 7919L + 17), members));
            }
            series.add(new Series(s + 1, title(2, s * 104729L + 3), modules));
        }
        for (Series s : series) {
            int inSeries = 0;
            for (Module m : s.modules()) {
                for (int j = 0; j < m.lessons().size(); j++) {
                    int g = m.lessons().get(j);
                    inSeries++;
                    String title = title(3, g * 31L + 1);
                    String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + (g + 1);
                    lessons.add(new LessonSpot(g, s.number(), m.number(), j + 1, inSeries, title, slug,
                            load(j), concepts(g)));
                }
            }
        }
    }

    /** STRETCH, BUILD, BUILD, CONSOLIDATE, repeating: never two STRETCH lessons in a row. */
    private static String load(int inModuleIndex) {
        return switch (inModuleIndex % 4) {
            case 0 -> "STRETCH";
            case 3 -> "CONSOLIDATE";
            default -> "BUILD";
        };
    }

    /**
     * Three concepts per lesson. Names walk the adjective x noun grid with a stride coprime to its
     * size, so they are distinct for the first few thousand concepts.
     */
    private List<Concept> concepts(int lesson) {
        List<Concept> concepts = new ArrayList<>();
        int grid = Prose.ADJECTIVES.size() * Prose.NOUNS.size();
        Prose prose = new Prose(new SplittableRandom(seed * 31 + lesson));
        for (int k = 0; k < 3; k++) {
            int cell = (int) Math.floorMod((lesson * 3L + k) * 2971L + seed, (long) grid);
            String adjective = Prose.ADJECTIVES.get(cell % Prose.ADJECTIVES.size());
            String noun = Prose.NOUNS.get(cell / Prose.ADJECTIVES.size());
            String explanation = "how the " + noun + " " + prose.pick(Prose.VERBS) + " the " + prose.pick(Prose.NOUNS)
                    + " when it is " + prose.pick(Prose.ADJECTIVES);
            concepts.add(new Concept(Prose.capitalise(adjective + " " + noun), explanation, DEPTHS_TAUGHT.get(k)));
        }
        return concepts;
    }

    private String title(int words, long salt) {
        Prose prose = new Prose(new SplittableRandom(seed * 1_000_003L + salt));
        StringBuilder title = new StringBuilder(prose.pick(Prose.ADJECTIVES));
        for (int i = 1; i < words; i++) {
            title.append(' ').append(prose.pick(Prose.NOUNS));
        }
        return Prose.titleCase(title.toString());
    }
}
