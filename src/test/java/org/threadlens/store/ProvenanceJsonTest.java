package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.threadlens.BuildInfo;
import org.threadlens.json.JsonLimits;

/** The export's provenance file (schema threadlens-provenance/1): its exact layout, and write then read back. */
class ProvenanceJsonTest {
    private static final RunInfo RUN = new RunInfo(3, RunStatus.FAILED, "2026-01-02T10:00:00Z", null, "annotate x.jsonl",
            new RunStart.Versions("0.1", "4.5.10", "2.5", "17"), "corenlp", List.of("sentences", "entities"),
            "{\"a\":{\"b\":[1,2.5,\"x\"]},\"c\":null}", null,
            new RunCounts(1, 2, 3, 4, 5, 6, 7, 8, new TreeMap<>(Map.of("lacked sentiment", 2L, "content changed", 1L))),
            "broke \u00e9", List.of(new RunStart.Input("in.jsonl", 12L, "ab"), new RunStart.Input("gone", null, null)),
            List.of(new RunStart.Model("ner", "edu.stanford:x:1", null, "declared", "ner")),
            List.of(new RunInfo.Engine(List.of("sentences"), "corenlp", "4.5.10", "tokenize", "h1", "{\"p\":\"q\",\"r\":{}}")), 9);

    private static String write(ProvenanceJson.Export export, List<RunInfo> runs) throws Exception {
        StringWriter out = new StringWriter();
        ProvenanceJson.write(out, export, runs);
        return out.toString();
    }

    /** The layout the file had when it was written token by token: field names, order, nulls, pretty printing. */
    @Test
    void theFileKeepsItsFieldsOrderNullsAndPrettyPrinting() throws Exception {
        String json = write(new ProvenanceJson.Export("s.duckdb", "jsonl", "out.jsonl", 3, 9, null, null), List.of(RUN));
        assertEquals("""
            {
              "schema" : "threadlens-provenance/1",
              "store" : "s.duckdb",
              "export" : {
                "format" : "jsonl",
                "target" : "out.jsonl",
                "threads" : 3,
                "comments" : 9,
                "threadlens" : "%s",
                "at" : "AT"
              },
              "runs" : [ {
                "run" : 3,
                "status" : "failed",
                "startedAt" : "2026-01-02T10:00:00Z",
                "endedAt" : null,
                "command" : "annotate x.jsonl",
                "versions" : {
                  "threadlens" : "0.1",
                  "corenlp" : "4.5.10",
                  "opennlp" : "2.5",
                  "java" : "17"
                },
                "engine" : "corenlp",
                "layers" : [ "sentences", "entities" ],
                "settings" : {
                  "a" : {
                    "b" : [ 1, 2.5, "x" ]
                  },
                  "c" : null
                },
                "settingsHash" : null,
                "counts" : {
                  "threadsRead" : 1,
                  "threadsSkipped" : 2,
                  "threadsAnnotated" : 3,
                  "commentsRead" : 4,
                  "commentsAnnotated" : 5,
                  "recordsSkipped" : 6,
                  "inputsFailed" : 7,
                  "annotationFailures" : 8,
                  "reannotated" : {
                    "content changed" : 1,
                    "lacked sentiment" : 2
                  }
                },
                "threadsInStore" : 9,
                "message" : "broke é",
                "inputs" : [ {
                  "path" : "in.jsonl",
                  "size" : 12,
                  "sha256" : "ab"
                }, {
                  "path" : "gone",
                  "size" : null,
                  "sha256" : null
                } ],
                "models" : [ {
                  "id" : "ner",
                  "coordinates" : "edu.stanford:x:1",
                  "sha256" : null,
                  "checksum" : "declared",
                  "usedFor" : "ner"
                } ],
                "engines" : [ {
                  "layers" : [ "sentences" ],
                  "engine" : "corenlp",
                  "version" : "4.5.10",
                  "annotators" : "tokenize",
                  "configHash" : "h1",
                  "properties" : {
                    "p" : "q",
                    "r" : { }
                  }
                } ]
              } ]
            }
                """.formatted(BuildInfo.threadLensVersion()),
                json.replaceAll("\"at\" : \"[^\"]*\"", "\"at\" : \"AT\""));
    }

    @Test
    void anUnknownFilterAndRunsAreLeftOutAndKnownOnesWritten() throws Exception {
        String unknown = write(new ProvenanceJson.Export("s", "csv", "o", 1, 2, null, null), List.of());
        assertFalse(unknown.contains("filter") || unknown.contains("\"runs\" : [ 3"), unknown);
        String known = write(new ProvenanceJson.Export("s", "csv", "o", 1, 2,
                new ThreadFilter(List.of("t1"), List.of(), 5L, null), List.of(3, 4)), List.of());
        assertEquals(List.of(3, 4), read(known).export().runs());
        assertEquals(new ProvenanceJson.Filter(List.of("t1"), List.of(), 5L, null), read(known).export().filter());
    }

    @Test
    void writeThenReadGivesTheSameDocument() throws Exception {
        ProvenanceJson.Export export = new ProvenanceJson.Export("s.duckdb", "csv", "out", 3, 9,
                new ThreadFilter(List.of(), List.of("space"), null, 7L), List.of(3));
        ProvenanceJson.Document back = read(write(export, List.of(RUN)));
        assertEquals(ProvenanceJson.Document.of(export, List.of(RUN), Instant.parse(back.export().at())), back);
    }

    private static ProvenanceJson.Document read(String json) throws Exception {
        return JsonLimits.MAPPER.readValue(json, ProvenanceJson.Document.class);
    }
}
