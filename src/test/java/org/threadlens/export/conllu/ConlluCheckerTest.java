package org.threadlens.export.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker the export is held to finds what UD's validator finds: each rule breaks a valid sentence once. */
class ConlluCheckerTest {
    private static final String VALID = """
            # newdoc id = d1
            # sent_id = c1-1
            # text = Hello, world!
            1	Hello	hello	INTJ	UH	_	_	_	_	SpaceAfter=No
            2	,	,	PUNCT	,	_	_	_	_	_
            3	world	world	NOUN	NN	_	_	_	_	SpaceAfter=No
            4	!	!	PUNCT	.	_	_	_	_	_

            """;

    private static void assertProblem(String conllu, String expected) {
        List<String> problems = ConlluChecker.problems(conllu);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    @Test
    void aValidSentencePasses() {
        assertEquals(List.of(), ConlluChecker.problems(VALID));
    }

    @Test
    void everyTokenLineHasTenNonEmptyColumns() {
        assertProblem(VALID.replace("2\t,\t,\tPUNCT\t,\t_\t_\t_\t_\t_", "2\t,\t,\tPUNCT\t,\t_\t_\t_\t_"), "9 columns, expected 10");
        assertProblem(VALID.replace("1\tHello\thello", "1\tHello\t"), "empty LEMMA");
        assertProblem(VALID.replace("UH", "U H"), "whitespace in XPOS");
        assertProblem(VALID.replace("\thello\t", "\t hello\t"), "whitespace at an end of LEMMA");
    }

    @Test
    void idsRunFromOne() {
        assertProblem(VALID.replace("3\tworld", "5\tworld"), "word ids are not 1..4");
    }

    @Test
    void theTextIsTheFormsWithTheirSpaceAfter() {
        assertProblem(VALID.replace("# text = Hello, world!", "# text = Hello,world!"), "token 2 lacks SpaceAfter=No");
        assertProblem(VALID.replace("# text = Hello, world!", "# text = Hello , world!"), "token 1 says SpaceAfter=No");
        assertProblem(VALID.replace("# text = Hello, world!", "# text = Hello, world!!"), "characters no FORM accounts for");
        assertProblem(VALID.replace("# text = Hello, world!\n", ""), "0 text lines, expected 1");
    }

    @Test
    void sentenceIdsAreThereUniqueAndWithoutSlash() {
        assertProblem(VALID + VALID.replace("# newdoc id = d1\n", ""), "is not unique");
        assertProblem(VALID.replace("c1-1", "c1/1"), "reserved slash");
        assertProblem(VALID.replace("# sent_id = c1-1\n", ""), "0 valid sent_id lines");
    }

    @Test
    void tagsAndFormatAreUniversal() {
        assertProblem(VALID.replace("INTJ", "UH"), "UPOS 'UH' is not one of the 17 tags");
        assertProblem(VALID.replace("\tINTJ\tUH\t_", "\tINTJ\tUH\tNumber=Sing|Case=Nom"), "not sorted Feature=Value");
        assertProblem(VALID.replace("\n", "\r\n"), "only LF line ends");
        assertProblem(VALID.replace("Hello\thello", "He\u0301llo\thello"), "not in Unicode NFC");
        assertProblem(VALID.strip() + "\n", "not ended by a blank line");
    }

    @Test
    void aNewDocumentDoesNotFollowATokenWithoutSpaceAfter() {
        String second = VALID.replace("d1", "d2").replace("c1-1", "c2-1");
        assertProblem(VALID.replace("4\t!\t!\tPUNCT\t.\t_\t_\t_\t_\t_", "4\t!\t!\tPUNCT\t.\t_\t_\t_\t_\tSpaceAfter=No") + second,
                "a new document follows a token with SpaceAfter=No");
    }

    /** VALID with its tree: "Hello" the root, the rest attached to it. */
    private static final String PARSED = """
            # newdoc id = d1
            # sent_id = c1-1
            # text = Hello, world!
            1	Hello	hello	INTJ	UH	_	0	root	_	SpaceAfter=No
            2	,	,	PUNCT	,	_	1	punct	_	_
            3	world	world	NOUN	NN	_	1	vocative	_	SpaceAfter=No
            4	!	!	PUNCT	.	_	1	punct	_	_

            """;

    private static void assertTreeProblem(String conllu, String expected) {
        List<String> problems = ConlluChecker.problems(conllu, true);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + problems);
    }

    @Test
    void atLevelTwoEverySentenceIsOneTreeOfUniversalRelations() {
        assertEquals(List.of(), ConlluChecker.problems(PARSED, true));
        assertTreeProblem(VALID, "invalid-head '_'");
        assertTreeProblem(PARSED.replace("1\tvocative", "1\tdobj"), "unknown-deprel 'dobj'");
        assertTreeProblem(PARSED.replace("1\tvocative", "1\tnmod:Poss"), "unknown-deprel 'nmod:Poss'");
        assertTreeProblem(PARSED.replace("1\tvocative", "0\troot"), "multiple-roots (2)");
        assertTreeProblem(PARSED.replace("1\tvocative", "0\tvocative"), "0-is-not-root");
        assertTreeProblem(PARSED.replace("1\tvocative", "1\troot"), "root-is-not-0");
        assertTreeProblem(PARSED.replace("1\tvocative", "9\tvocative"), "invalid-head '9'");
        assertTreeProblem(PARSED.replace("0\troot", "3\tdiscourse").replace("1\tvocative", "0\troot")
                .replace("2\t,\t,\tPUNCT\t,\t_\t1", "2\t,\t,\tPUNCT\t,\t_\t2"), "non-tree");
    }
}
