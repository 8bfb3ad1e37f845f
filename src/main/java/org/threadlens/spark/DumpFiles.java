package org.threadlens.spark;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a job reads, listed on the driver from the inputs the user gave: each a file, a directory (its
 * files, recursively, in path order, without hidden {@code _*} and {@code .*} entries, as Hadoop's inputs
 * skip them) or a glob ({@code RC_2023-*.zst}), on any file system Hadoop reaches.
 */
final class DumpFiles {
    private DumpFiles() {
    }

    /** @throws NoSuchFileException naming an input that matches no file */
    static List<DumpFile> expand(List<String> inputs, Configuration conf) throws IOException {
        List<DumpFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            int before = files.size();
            if (matches != null) {
                Arrays.sort(matches);
                for (FileStatus m : matches) {
                    if (m.isDirectory()) {
                        addDirectory(fs, m.getPath(), files);
                    } else {
                        boolean named = matches.length == 1 && m.getPath().equals(fs.makeQualified(path));
                        files.add(new DumpFile(files.size(), named ? input : m.getPath().toString(), m.getPath().toString()));
                    }
                }
            }
            if (files.size() == before) {
                throw new NoSuchFileException(input, null, matches == null || matches.length == 0 ? "no such file"
                        : "no files in it");
            }
        }
        return files;
    }

    private static void addDirectory(FileSystem fs, Path dir, List<DumpFile> files) throws IOException {
        List<Path> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            Path p = it.next().getPath();
            if (!hidden(dir, p)) {
                found.add(p);
            }
        }
        found.sort(null);
        for (Path p : found) {
            files.add(new DumpFile(files.size(), p.toString(), p.toString()));
        }
    }

    /** Whether a file or any directory between it and {@code root} starts with {@code _} or {@code .}. */
    private static boolean hidden(Path root, Path p) {
        for (Path at = p; at != null && !at.equals(root); at = at.getParent()) {
            String n = at.getName();
            if (n.startsWith("_") || n.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
