package dev.lectern.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin descriptor the build generates is what Maven sees: the root pom's {@code generate}
 * execution and its report depend on these goal names, phases and defaults.
 */
class PluginDescriptorTest {

    private static Map<String, Element> mojos;

    @BeforeAll
    static void readDescriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertNotNull(in, "plugin.xml is generated in process-classes");
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            assertEquals("lectern", text(doc.getDocumentElement(), "goalPrefix"));
            mojos = new TreeMap<>();
            NodeList list = doc.getElementsByTagName("mojo");
            for (int i = 0; i < list.getLength(); i++) {
                Element mojo = (Element) list.item(i);
                mojos.put(text(mojo, "goal"), mojo);
            }
        }
    }

    private static String text(Element parent, String child) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    /** The {@code default-value} of each of the mojo's configurable parameters we declare. */
    private static Map<String, String> defaults(String goal, String... parameters) {
        Element configuration = (Element) mojos.get(goal).getElementsByTagName("configuration").item(0);
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String parameter : parameters) {
            Element p = (Element) configuration.getElementsByTagName(parameter).item(0);
            defaults.put(parameter, p.getAttribute("default-value") + " | " + p.getTextContent());
        }
        return defaults;
    }

    @Test
    void thePluginHasTheThreeGoalsBoundToTheirPhases() {
        Map<String, String> phases = new TreeMap<>();
        mojos.forEach((goal, mojo) -> phases.put(goal, text(mojo, "phase")));

        assertEquals(Map.of("check", "verify", "generate", "pre-site", "validation-report", "site"), phases);
    }

    @Test
    void generateWritesIntoTheSiteFolderFromTheContentFolder() {
        assertEquals(Map.of(
                        "contentDirectory", "${project.basedir}/content | ${lectern.contentDirectory}",
                        "outputDirectory", "${project.reporting.outputDirectory} | ${lectern.outputDirectory}",
                        "cacheDirectory", " | ${lectern.cacheDirectory}",
                        "skip", "false | ${lectern.skip}"),
                defaults("generate", "contentDirectory", "outputDirectory", "cacheDirectory", "skip"));
    }

    @Test
    void checkAndTheReportReadTheSameContentWithTheSameCache() {
        Map<String, String> expected = Map.of(
                "contentDirectory", "${project.basedir}/content | ${lectern.contentDirectory}",
                "cacheDirectory", " | ${lectern.cacheDirectory}",
                "skip", "false | ${lectern.skip}");
        assertEquals(expected, defaults("check", "contentDirectory", "cacheDirectory", "skip"));
        assertEquals(expected, defaults("validation-report", "contentDirectory", "cacheDirectory", "skip"));
    }

    @Test
    void theReportIsAMavenReportUnderProjectReports() {
        assertEquals(ValidationReportMojo.class.getName(), text(mojos.get("validation-report"), "implementation"));
        assertTrue(MavenReport.class.isAssignableFrom(ValidationReportMojo.class));
        ValidationReportMojo report = new ValidationReportMojo();
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, report.getCategoryName());
        assertEquals("lesson-validation", report.getOutputPath());
        assertEquals("Lesson validation", report.getName(Locale.ROOT));
    }
}
