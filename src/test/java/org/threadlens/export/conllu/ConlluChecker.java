package org.threadlens.export.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadlens.annotate.UniversalPos;

/**
 * The format rules of the Universal Dependencies validator ({@code validate.py}), levels 1 and 2, that do not
 * need a dependency tree: LF line ends; blocks of comment lines then token lines, each ended by one blank line;
 * ten tab-separated columns; no empty column, no leading, trailing or doubled whitespace, none in ID, UPOS,
 * XPOS, FEATS, HEAD, DEPREL, DEPS; word ids 1..n; NFC; one {@code # sent_id} per sentence, unique, without
 * whitespace or slash; one {@code # text}, not ending in whitespace, equal to the FORMs with a space after each
 * token unless MISC says {@code SpaceAfter=No} (and none where it says so); no {@code SpaceAfter=No} before a new
 * document; UPOS one of the 17 tags; FEATS {@code _} or sorted {@code Feature=Value} pairs; MISC {@code _} or
 * non-empty attributes. HEAD and DEPREL may be {@code _} (an export without the syntax layer); when given, HEAD is
 * a number and DEPREL a relation name. {@link #assertValidUd} adds level 2's tree rules ({@link ConlluTrees}).
 */
public final class ConlluChecker {
    private static final Pattern SENT_ID = Pattern.compile("# sent_id\\s*=\\s*(\\S+)");
    private static final Pattern TEXT = Pattern.compile("# text\\s*=\\s*(.+)");
    private static final Pattern FEATURE = Pattern.compile("[A-Z0-9][A-Z0-9a-z]*(\\[[a-z0-9]+])?=[A-Z0-9][A-Z0-9a-z]*(,[A-Z0-9][A-Z0-9a-z]*)*");
    private static final Set<String> COLUMN_WITHOUT_SPACE = Set.of("ID", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS");
    private static final List<String> COLUMNS = List.of("ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL",
            "DEPS", "MISC");

    private final boolean syntax;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> sentIds = new HashSet<>();
    private boolean lastSpaceAfterNo;

    private ConlluChecker(boolean syntax) {
        this.syntax = syntax;
    }

    /** Asserts that {@code conllu} breaks none of the format rules, listing every problem if it does. */
    public static void assertValidConllu(String conllu) {
        assertEquals(List.of(), problems(conllu), "CoNLL-U problems");
    }

    /**
     * Asserts that {@code conllu} breaks none of the rules of UD's validator at level 2: the format rules and, on
     * every sentence, a filled-in tree ({@link ConlluTrees}).
     */
    public static void assertValidUd(String conllu) {
        assertEquals(List.of(), problems(conllu, true), "UD level-2 problems");
    }

    /** Every format rule {@code conllu} breaks, as {@code line N: what}. */
    public static List<String> problems(String conllu) {
        return problems(conllu, false);
    }

    /** Every rule {@code conllu} breaks; with {@code syntax}, the tree rules of level 2 too. */
    public static List<String> problems(String conllu, boolean syntax) {
        ConlluChecker c = new ConlluChecker(syntax);
        c.check(conllu);
        return c.problems;
    }

    private void check(String conllu) {
        if (conllu.indexOf('\r') >= 0) {
            problems.add("line " + (conllu.substring(0, conllu.indexOf('\r')).split("\n", -1).length)
                    + ": only LF line ends are allowed");
        }
        if (!conllu.isEmpty() && !conllu.endsWith("\n\n")) {
            problems.add("end: the last sentence is not ended by a blank line");
        }
        String[] lines = conllu.split("\n", -1);
        List<String> comments = new ArrayList<>();
        List<String[]> tokens = new ArrayList<>();
        int start = 1;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            int n = i + 1;
            if (line.isEmpty()) {
                if (tokens.isEmpty()) {
                    problems.add("line " + n + ": a blank line that ends no sentence");
                } else {
                    sentence(start, comments, tokens);
                }
                comments = new ArrayList<>();
                tokens = new ArrayList<>();
                start = n + 1;
            } else if (line.startsWith("#")) {
                if (!tokens.isEmpty()) {
                    problems.add("line " + n + ": a comment after the sentence's token lines");
                }
                comments.add(line);
            } else {
                tokens.add(tokenLine(n, line));
            }
        }
        if (!tokens.isEmpty()) {
            sentence(start, comments, tokens);
        }
    }

    private String[] tokenLine(int n, String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 10) {
            problems.add("line " + n + ": " + cols.length + " columns, expected 10");
            return new String[] {"0", "", "", "", "", "", "", "", "", ""};
        }
        if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
            problems.add("line " + n + ": not in Unicode NFC");
        }
        for (int c = 0; c < 10; c++) {
            String v = cols[c];
            String name = COLUMNS.get(c);
            if (v.isEmpty()) {
                problems.add("line " + n + ": empty " + name);
                continue;
            }
            if (isSpace(v.codePointAt(0)) || isSpace(v.codePointBefore(v.length()))) {
                problems.add("line " + n + ": whitespace at an end of " + name);
            }
            if (v.matches("(?s).*[\\s\\u00a0\\u2007\\u202f]{2}.*")) {
                problems.add("line " + n + ": doubled whitespace in " + name);
            }
            if (COLUMN_WITHOUT_SPACE.contains(name) && v.codePoints().anyMatch(ConlluChecker::isSpace)) {
                problems.add("line " + n + ": whitespace in " + name);
            }
        }
        if (!UniversalPos.TAGS.contains(cols[3])) {
            problems.add("line " + n + ": UPOS '" + cols[3] + "' is not one of the 17 tags");
        }
        if (!cols[5].equals("_")) {
            List<String> feats = List.of(cols[5].split("\\|", -1));
            if (!feats.stream().allMatch(f -> FEATURE.matcher(f).matches())
                    || !feats.equals(feats.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList())) {
                problems.add("line " + n + ": FEATS '" + cols[5] + "' are not sorted Feature=Value pairs");
            }
        }
        if (!cols[6].equals("_") && !cols[6].matches("0|[1-9][0-9]*")) {
            problems.add("line " + n + ": HEAD '" + cols[6] + "' is not a number");
        }
        if (!cols[7].equals("_") && !cols[7].matches("[a-z]+(:[a-z]+)?")) {
            problems.add("line " + n + ": DEPREL '" + cols[7] + "' is not a relation");
        }
        if (!cols[9].equals("_") && List.of(cols[9].split("\\|", -1)).stream().anyMatch(String::isEmpty)) {
            problems.add("line " + n + ": MISC '" + cols[9] + "' has an empty attribute");
        }
        return cols;
    }

    private void sentence(int line, List<String> comments, List<String[]> tokens) {
        String where = "sentence at line " + line + ": ";
        List<String> ids = matches(comments, SENT_ID, "# sent_id");
        if (ids.size() != 1) {
            problems.add(where + ids.size() + " valid sent_id lines, expected 1");
        } else if (!sentIds.add(ids.get(0))) {
            problems.add(where + "sent_id " + ids.get(0) + " is not unique");
        } else if (ids.get(0).contains("/")) {
            problems.add(where + "sent_id " + ids.get(0) + " holds the reserved slash");
        }
        if (lastSpaceAfterNo && comments.stream().anyMatch(c -> c.startsWith("# newdoc"))) {
            problems.add(where + "a new document follows a token with SpaceAfter=No");
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i)[0].equals(String.valueOf(i + 1))) {
                problems.add(where + "word ids are not 1.." + tokens.size() + ": '" + tokens.get(i)[0] + "' at " + (i + 1));
                break;
            }
        }
        List<String> texts = matches(comments, TEXT, "# text");
        if (texts.size() != 1) {
            problems.add(where + texts.size() + " text lines, expected 1");
        } else {
            text(where, texts.get(0), tokens);
        }
        lastSpaceAfterNo = spaceAfterNo(tokens.get(tokens.size() - 1));
        if (syntax) {
            ConlluTrees.check(where, tokens, problems);
        }
    }

    /** {@code # text} against the FORMs and SpaceAfter, as validate.py's validate_text_meta (with the space check on). */
    private void text(String where, String text, List<String[]> tokens) {
        if (isSpace(text.codePointBefore(text.length()))) {
            problems.add(where + "# text ends with whitespace");
        }
        String rest = text;
        for (String[] t : tokens) {
            if (!rest.startsWith(t[1])) {
                problems.add(where + "# text does not continue with FORM '" + t[1] + "' of token " + t[0] + " but '" + rest + "'");
                return;
            }
            rest = rest.substring(t[1].length());
            if (spaceAfterNo(t)) {
                if (!rest.isEmpty() && isSpace(rest.codePointAt(0))) {
                    problems.add(where + "token " + t[0] + " says SpaceAfter=No but # text has a space after it");
                }
            } else {
                if (!rest.isEmpty() && !isSpace(rest.codePointAt(0))) {
                    problems.add(where + "token " + t[0] + " lacks SpaceAfter=No: # text continues '" + rest + "'");
                }
                rest = rest.stripLeading();
            }
        }
        if (!rest.isEmpty()) {
            problems.add(where + "# text has characters no FORM accounts for: '" + rest + "'");
        }
    }

    private static boolean spaceAfterNo(String[] token) {
        return List.of(token[9].split("\\|")).contains("SpaceAfter=No");
    }

    private List<String> matches(List<String> comments, Pattern p, String prefix) {
        List<String> out = new ArrayList<>();
        for (String c : comments) {
            Matcher m = p.matcher(c);
            if (m.matches()) {
                out.add(m.group(1));
            } else if (c.startsWith(prefix + " ") || c.startsWith(prefix + "=")) {
                problems.add("'" + c + "': malformed " + prefix);
            }
        }
        return out;
    }

    /** Whitespace as Python's str.isspace() sees it (which validate.py uses), no-break spaces included. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f
                || c == 0x85;
    }
}
