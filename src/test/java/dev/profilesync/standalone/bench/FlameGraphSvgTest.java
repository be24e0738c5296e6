package dev.profilesync.standalone.bench;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FlameGraphSvgTest {
    @Test
    void everyFrameHasItsFullNameAndSamplesAsTitle() throws Exception {
        Document svg = parse(FlameGraphSvg.render(stacks(), "unchanged full sync"));

        assertThat(texts(svg.getElementsByTagName("title"))).contains(
                "all (4 samples, 100.00%)",
                "thread main (4 samples, 100.00%)",
                "dev.profilesync.core.SyncEngine.run (3 samples, 75.00%)",
                "java.util.HashMap.<init> (1 samples, 25.00%)");
    }

    @Test
    void namesWithMarkupCharactersAreEscapedSoTheFileStaysWellFormed() throws Exception {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of("thread <main> & \"quoted\" 'x'", "a.B.<clinit>"), 1);

        String svg = FlameGraphSvg.render(stacks, "title with <tags> & more");

        assertThat(svg).contains("thread &lt;main&gt; &amp; &quot;quoted&quot; &apos;x&apos;",
                "a.B.&lt;clinit&gt;", "title with &lt;tags&gt; &amp; more").doesNotContain("<clinit>");
        assertThat(texts(parse(svg).getElementsByTagName("title"))).contains("a.B.<clinit> (1 samples, 100.00%)");
    }

    @Test
    void calleeSitsOnItsCallerAndIsNoWiderThanIt() throws Exception {
        Document svg = parse(FlameGraphSvg.render(stacks(), "t"));
        NodeList rects = svg.getElementsByTagName("rect");
        // rects: background, then all, thread main, its callees in name order
        double allWidth = width(rects, 1);
        double engineWidth = width(rects, 3);

        assertThat(engineWidth).isCloseTo(allWidth * 3 / 4, org.assertj.core.data.Offset.offset(0.2));
        assertThat(y(rects, 3)).isEqualTo(y(rects, 2) - FlameGraphSvg.FRAME_HEIGHT);
    }

    @Test
    void labelIsClassAndMethodCutToTheBoxAndLeftOutWhenNothingFits() {
        assertThat(FlameGraphSvg.label("dev.profilesync.core.SyncEngine.run", 1000)).isEqualTo("SyncEngine.run");
        assertThat(FlameGraphSvg.label("dev.profilesync.core.SyncEngine.run", 60)).isEqualTo("SyncEn..");
        assertThat(FlameGraphSvg.label("dev.profilesync.core.SyncEngine.run", 15)).isEmpty();
    }

    @Test
    void labelsOfThreadsAndMarkersKeepTheirWholeName() {
        assertThat(FlameGraphSvg.withoutPackage("thread main")).isEqualTo("thread main");
        assertThat(FlameGraphSvg.withoutPackage("[truncated stack]")).isEqualTo("[truncated stack]");
        assertThat(FlameGraphSvg.withoutPackage("Outer.run")).isEqualTo("Outer.run");
    }

    @Test
    void projectLibraryAndJdkFramesGetDifferentHues() {
        assertThat(FlameGraphSvg.colour("dev.profilesync.core.X.y")).startsWith("rgb(").isNotEqualTo(
                FlameGraphSvg.colour("java.util.X.y"));
        assertThat(FlameGraphSvg.colour("org.hsqldb.X.y")).isNotEqualTo(FlameGraphSvg.colour("java.util.X.y"));
    }

    private static CollapsedStacks stacks() {
        CollapsedStacks stacks = new CollapsedStacks();
        stacks.add(List.of("thread main", "dev.profilesync.core.SyncEngine.run"), 3);
        stacks.add(List.of("thread main", "java.util.HashMap.<init>"), 1);
        return stacks;
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static double width(NodeList rects, int index) {
        return Double.parseDouble(rects.item(index).getAttributes().getNamedItem("width").getNodeValue());
    }

    private static int y(NodeList rects, int index) {
        return Integer.parseInt(rects.item(index).getAttributes().getNamedItem("y").getNodeValue());
    }
}
