package org.zonelab.output;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The output directory of one command (run, compare, sweep), held for the whole command, and the one
 * way zonelab creates, opens, renames and deletes files in it.
 * <ul>
 *   <li>{@link #take} checks the path (not empty, an existing parent, a directory, writable), creates
 *   the directory when it is missing, and locks it: an exclusive {@link FileChannel#tryLock} on
 *   {@value #LOCK}. A second zonelab process, or a second command in the same JVM, is refused
 *   ("DIR is in use by another zonelab process") instead of writing into the same files.</li>
 *   <li>Under the lock, it refuses a directory in which a name zonelab writes (the final files,
 *   {@code charts/}, {@code .sweep-journal/}, temporary and part files, the lock file) is a symbolic
 *   link or not the kind of entry zonelab makes, or in whose folders anything is a link; then it
 *   removes the temporary and part files a killed command left (regular files with zonelab's own
 *   name patterns, {@link #TEMPORARY}, and nothing else).</li>
 *   <li>A file is written under a new random temporary name beside its final name (created with
 *   {@code CREATE_NEW}, which never follows or reuses an existing entry) and renamed into place by
 *   {@link NewFile#commit}, which replaces a link rather than writing through it. Files are opened,
 *   read and deleted without following links; only regular files are deleted.</li>
 *   <li>A failed write (a full disk) is a {@link WriteFailedException} naming the file.</li>
 * </ul>
 * Names are relative to the directory: a file at the top ({@code "summary.csv"}) or in one of
 * zonelab's folders ({@code "charts/final-year.png"}, {@code ".sweep-journal/journal.tsv"}).
 *
 * <p>The lock file stays in the directory (deleting a lock file that others may have opened would let
 * two commands hold "the" lock on two different files), except that a directory this command created
 * and leaves with nothing else in it is removed. Links are checked when the directory is taken and a
 * folder whenever a file is made in it, so a link planted while a command runs is not followed by the
 * files opened afterwards; the lock keeps out other zonelab processes, not other programs. Locks are
 * advisory and may not work on network file systems. Safe for use from several threads.
 */
public final class OutputDirectory implements AutoCloseable {
    /** The lock file, held with an exclusive lock while a command writes the directory. */
    public static final String LOCK = ".zonelab.lock";

    /** Folders zonelab makes in an output directory. */
    static final Set<String> FOLDERS = Set.of(CompareWriter.CHARTS, SweepJournal.FOLDER, CalibrationJournal.FOLDER,
            SensitivityJournal.FOLDER);
    /** The journals, which are opened in place to append. */
    private static final List<String> JOURNALS = List.of(SweepJournal.FOLDER + "/" + SweepJournal.FILE,
            CalibrationJournal.FOLDER + "/" + CalibrationJournal.FILE,
            SensitivityJournal.FOLDER + "/" + SensitivityJournal.FILE);

    /** Regular files zonelab writes at the top of an output directory, besides temporary ones. */
    static final Set<String> FILES = Set.of(RunDirectoryWriter.MANIFEST, RunDirectoryWriter.TIMESERIES,
            RunDirectoryWriter.SUMMARY, AgentLogFiles.FIRMS, AgentLogFiles.EVENTS, AgentLogFiles.FLOWS,
            ComparisonCsv.FILE, ReportHtml.FILE, SweepWriter.RUNS, SweepWriter.BEHAVIORSPACE, CalibrationWriter.TRACE,
            CalibrationWriter.FIT, CalibrationWriter.PROFILES, CalibrationWriter.BEST, LOCK);

    /**
     * zonelab's temporary files: {@code .<name>.<random UUID>.tmp} (a file being written, renamed into
     * place when complete) and {@code .<name>.<5 digits>.part} (a replication's part of an agent log).
     */
    public static final Pattern TEMPORARY = Pattern.compile("\\.[A-Za-z0-9][A-Za-z0-9._-]*\\."
            + "(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp|[0-9]{5}\\.part)");

    /** Most bytes of the lock file read for the holder's process id. */
    private static final int LOCK_TEXT_LIMIT = 32;

    /**
     * Directories held in this JVM, by file key (device and inode) or real path. Checked before the
     * lock file is opened: POSIX drops a process's locks on a file when any of its descriptors for
     * that file is closed, so a second command in the same JVM must not even open it.
     */
    private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final boolean created;
    private final Object key;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean closed;

    private OutputDirectory(Path path, boolean created, Object key, FileChannel lockChannel, FileLock lock) {
        this.path = path;
        this.created = created;
        this.key = key;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Takes an output directory for one command: checks it, creates it when missing, locks it, checks
     * its entries and removes leftover temporary files.
     *
     * @param dir           the directory
     * @param createParents whether missing parent directories are created (for default directories
     *                      under results/); otherwise a missing parent is refused
     * @throws DirectoryRefusedException when the directory cannot or must not be used (one line)
     */
    public static OutputDirectory take(Path dir, boolean createParents) throws IOException {
        if (dir.toString().isEmpty()) {
            throw new DirectoryRefusedException("the output directory is an empty path; name a directory with --out");
        }
        boolean created = false;
        BasicFileAttributes a = attributes(dir, true);
        if (a == null) {
            created = create(dir, createParents);
            a = attributes(dir, true);
            if (a == null) {
                throw new DirectoryRefusedException(dir + " is a link to nothing; choose another --out");
            }
        }
        if (!a.isDirectory()) {
            throw new DirectoryRefusedException(dir + " is a file, not a directory; choose another --out");
        }
        if (!Files.isWritable(dir)) {
            throw unwritable(dir, "permission denied or a read-only file system");
        }
        Object key = a.fileKey() != null ? a.fileKey() : dir.toRealPath();
        if (!HELD.add(key)) {
            throw inUse(dir, "");
        }
        OutputDirectory taken = null;
        try {
            FileChannel channel = lockChannel(dir);
            FileLock lock;
            try {
                lock = lock(dir, channel);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            taken = new OutputDirectory(dir, created, key, channel, lock);
            taken.check();
            taken.clean();
            return taken;
        } catch (IOException | RuntimeException e) {
            if (taken != null) {
                taken.close();
            } else {
                HELD.remove(key);
                if (created) {
                    removeEmpty(dir);
                }
            }
            throw e;
        }
    }

    private static boolean create(Path dir, boolean createParents) throws IOException {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (!createParents) {
                throw new DirectoryRefusedException(dir + " cannot be created: its parent " + parent
                        + " is not an existing directory; create it first or choose another --out");
            }
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new DirectoryRefusedException(parent + " cannot be created (" + WriteFailedException.reason(e)
                        + "); choose another --out");
            }
        }
        try {
            Files.createDirectory(dir);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false; // made meanwhile, or a dangling link: the caller looks again
        } catch (IOException e) {
            throw new DirectoryRefusedException(dir + " cannot be created (" + WriteFailedException.reason(e)
                    + "); choose another --out");
        }
    }

    private static FileChannel lockChannel(Path dir) throws IOException {
        Path file = dir.resolve(LOCK);
        BasicFileAttributes a = attributes(file, false);
        if (a != null) {
            requireKind(file, a, false);
            requireSingleLink(file);
        }
        try {
            return FileChannel.open(file, CREATE, READ, WRITE, NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw unwritable(dir, WriteFailedException.reason(e));
        }
    }

    private static FileLock lock(Path dir, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held in this JVM (HELD should have said so already)
        } catch (IOException e) {
            throw new DirectoryRefusedException(dir + " cannot be locked (" + WriteFailedException.reason(e)
                    + "), so it cannot be kept from other zonelab processes; choose another --out");
        }
        if (lock == null) {
            throw inUse(dir, holder(channel));
        }
        try {
            // Which process holds it, for whoever looks; a full disk must not stop the command here.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        } catch (IOException e) {
            // the content is only informative
        }
        return lock;
    }

    /** " (pid N)" from the lock file, read through the refused command's own channel; else "". */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(LOCK_TEXT_LIMIT);
            channel.read(b, 0);
            String text = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
            return text.matches("[0-9]{1,19}") ? " (pid " + text + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static DirectoryRefusedException inUse(Path dir, String holder) {
        return new DirectoryRefusedException(dir + " is in use by another zonelab process" + holder
                + "; wait for it to finish, or choose another --out");
    }

    private static DirectoryRefusedException unwritable(Path dir, String reason) {
        return new DirectoryRefusedException(dir + " cannot be written (" + reason + "); choose another --out");
    }

    /** Refuses the directory when a zonelab entry or anything in a zonelab folder is a link or odd. */
    private void check() throws IOException {
        for (Path p : list(path)) {
            String name = p.getFileName().toString();
            boolean folder = FOLDERS.contains(name);
            if (!folder && !FILES.contains(name) && !TEMPORARY.matcher(name).matches()) {
                continue; // not ours: left alone
            }
            BasicFileAttributes a = attributes(p, false);
            if (a == null) {
                continue;
            }
            requireKind(p, a, folder);
            if (folder) {
                for (Path q : list(p)) {
                    BasicFileAttributes b = attributes(q, false);
                    if (b != null && (b.isSymbolicLink() || !(b.isRegularFile() || b.isDirectory()))) {
                        throw odd(q, b);
                    }
                }
            }
        }
        for (String name : JOURNALS) {
            Path journal = path.resolve(name);
            if (attributes(journal, false) != null) {
                requireSingleLink(journal); // opened in place to append
            }
        }
    }

    private static void requireKind(Path p, BasicFileAttributes a, boolean folder) throws DirectoryRefusedException {
        if (a.isSymbolicLink() || (folder ? !a.isDirectory() : !a.isRegularFile())) {
            throw odd(p, a);
        }
    }

    private static DirectoryRefusedException odd(Path p, BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return new DirectoryRefusedException(p + " is a symbolic link, and zonelab does not follow links in an "
                    + "output directory; remove it or choose another --out");
        }
        return new DirectoryRefusedException(p + " is not a " + (a.isDirectory() ? "file" : "regular file or "
                + "directory") + " of the kind zonelab writes there; remove it or choose another --out");
    }

    /** Files that zonelab opens in place (not by rename) must not be hard links to files elsewhere. */
    private static void requireSingleLink(Path file) throws IOException {
        Object links;
        try {
            links = Files.getAttribute(file, "unix:nlink", NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return; // no such attribute on this platform
        }
        if (links instanceof Number n && n.longValue() > 1) {
            throw new DirectoryRefusedException(file + " has other hard links, and zonelab writes it in place; "
                    + "remove it or choose another --out");
        }
    }

    /** Removes the temporary and part files a killed command left (regular files only). */
    private void clean() throws IOException {
        List<Path> folders = new ArrayList<>(List.of(path));
        for (String f : FOLDERS) {
            Path p = path.resolve(f);
            BasicFileAttributes a = attributes(p, false);
            if (a != null && a.isDirectory()) {
                folders.add(p);
            }
        }
        for (Path folder : folders) {
            for (Path p : list(folder)) {
                if (TEMPORARY.matcher(p.getFileName().toString()).matches()) {
                    BasicFileAttributes a = attributes(p, false);
                    if (a != null && a.isRegularFile()) {
                        Files.deleteIfExists(p); // unlinks the entry itself, never a link's target
                    }
                }
            }
        }
    }

    /** The directory. */
    public Path path() {
        return path;
    }

    /** Whether {@link #take} created the directory. */
    public boolean created() {
        return created;
    }

    /** Whether the directory holds a manifest with {@code "status": "complete"}. */
    public boolean isComplete() {
        return RunDirectoryWriter.isComplete(path);
    }

    /**
     * Fails when a manifest is present: called just before a command commits its files, after it
     * removed any old manifest, so that a manifest written meanwhile by anything else is not replaced.
     */
    public void requireNoManifest() throws IOException {
        if (attributes(file(RunDirectoryWriter.MANIFEST), false) != null) {
            throw new DirectoryRefusedException(file(RunDirectoryWriter.MANIFEST) + " was written by another "
                    + "process while this command ran, so nothing of this command was committed; choose another --out");
        }
    }

    /** The path of a name in this directory (see the class comment for names). */
    public Path file(String name) {
        int slash = name.indexOf('/');
        String folder = slash < 0 ? null : name.substring(0, slash);
        String leaf = name.substring(slash + 1);
        if ((folder != null && !FOLDERS.contains(folder)) || leaf.isEmpty() || leaf.equals(".") || leaf.equals("..")
                || leaf.indexOf('/') >= 0 || leaf.indexOf('\\') >= 0 || leaf.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a file name in an output directory: " + name);
        }
        return folder == null ? path.resolve(leaf) : path.resolve(folder).resolve(leaf);
    }

    /** Whether {@code name} is a regular file (a link is not). */
    public boolean isFile(String name) {
        BasicFileAttributes a = attributes(file(name), false);
        return a != null && a.isRegularFile();
    }

    /** Whether {@code name} is a folder (a link is not). */
    public boolean isFolder(String name) {
        if (!FOLDERS.contains(name)) {
            throw new IllegalArgumentException("not a zonelab folder: " + name);
        }
        BasicFileAttributes a = attributes(path.resolve(name), false);
        return a != null && a.isDirectory();
    }

    /**
     * Starts writing {@code name}: a new temporary file beside it, created with the usual permissions
     * (unlike {@link Files#createTempFile}, which makes it private to the owner). A name in a folder
     * creates the folder when missing.
     */
    public NewFile create(String name) throws IOException {
        Path target = file(name);
        if (name.indexOf('/') > 0) {
            folder(name.substring(0, name.indexOf('/')));
        }
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            return new NewFile(target, tmp, FileChannel.open(tmp, CREATE_NEW, WRITE, NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new WriteFailedException(target, e);
        }
    }

    /**
     * Creates a part file ({@link #TEMPORARY}, ending in {@code .part}) at the top of the directory and
     * returns a stream to it (unbuffered; closing it closes the file). It must not exist: leftovers were
     * removed by {@link #take}.
     */
    public OutputStream createPart(String name) throws IOException {
        if (!TEMPORARY.matcher(name).matches() || !name.endsWith(".part")) {
            throw new IllegalArgumentException("not a part file name: " + name);
        }
        Path p = file(name);
        try {
            return new NewFile.ChannelOutput(FileChannel.open(p, CREATE_NEW, WRITE, NOFOLLOW_LINKS), p, null, true);
        } catch (IOException e) {
            throw new WriteFailedException(p, e);
        }
    }

    /** Opens an existing regular file to write it in place (a journal), without following a link. */
    public FileChannel openInPlace(String name) throws IOException {
        Path p = file(name);
        requireSingleLink(p);
        try {
            return FileChannel.open(p, WRITE, NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new WriteFailedException(p, e);
        }
    }

    /** Opens a regular file of the directory to read it, without following a link. */
    public InputStream open(String name) throws IOException {
        Path p = file(name);
        BasicFileAttributes a = attributes(p, false);
        if (a != null && !a.isRegularFile()) {
            throw odd(p, a);
        }
        return Files.newInputStream(p, READ, NOFOLLOW_LINKS);
    }

    /** The size in bytes of a regular file of the directory, without following a link; 0 when missing. */
    public long size(String name) throws IOException {
        Path p = file(name);
        BasicFileAttributes a = attributes(p, false);
        if (a != null && !a.isRegularFile()) {
            throw odd(p, a);
        }
        return a == null ? 0 : a.size();
    }

    /** {@link #open} as UTF-8 text. */
    public BufferedReader reader(String name) throws IOException {
        return new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Deletes a regular file if present (the entry itself: a link is refused, never followed).
     *
     * @return whether a file was deleted
     */
    public boolean delete(String name) throws IOException {
        Path p = file(name);
        BasicFileAttributes a = attributes(p, false);
        if (a == null) {
            return false;
        }
        if (!a.isRegularFile()) {
            throw odd(p, a);
        }
        return Files.deleteIfExists(p);
    }

    /**
     * Deletes a zonelab folder's regular files whose names match {@code names} (and temporary files),
     * then the folder if that left it empty.
     */
    public void deleteFolder(String folder, Pattern names) throws IOException {
        if (!isFolder(folder)) {
            BasicFileAttributes a = attributes(path.resolve(folder), false);
            if (a != null) {
                throw odd(path.resolve(folder), a);
            }
            return;
        }
        for (Path p : list(path.resolve(folder))) {
            String n = p.getFileName().toString();
            if (names.matcher(n).matches() || TEMPORARY.matcher(n).matches()) {
                delete(folder + "/" + n);
            }
        }
        try {
            Files.deleteIfExists(path.resolve(folder));
        } catch (DirectoryNotEmptyException e) {
            // someone else's files are in it: they stay, and so does the folder
        }
    }

    /** Makes a zonelab folder if missing; refuses one that is a link or not a directory. */
    private void folder(String name) throws IOException {
        Path p = path.resolve(name);
        try {
            Files.createDirectory(p);
        } catch (FileAlreadyExistsException e) {
            // checked next
        } catch (IOException e) {
            throw new WriteFailedException(p, e);
        }
        BasicFileAttributes a = attributes(p, false);
        if (a == null || !a.isDirectory() || a.isSymbolicLink()) {
            throw a == null ? new DirectoryRefusedException(p + " disappeared while zonelab wrote it") : odd(p, a);
        }
    }

    /**
     * Releases the lock. A directory that {@link #take} created and that holds nothing but the lock
     * file (a command that failed or was refused) is removed.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (created && list(path).equals(List.of(path.resolve(LOCK)))) {
                Files.deleteIfExists(path.resolve(LOCK));
                removeEmpty(path);
            }
        } catch (IOException e) {
            // it stays; it holds no manifest either way
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                // the lock goes with the channel, and the channel with the process
            }
            HELD.remove(key);
        }
    }

    private static void removeEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty or not removable: it holds no manifest either way
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(entries::add);
        } catch (AccessDeniedException e) {
            throw new DirectoryRefusedException(dir + " cannot be read (permission denied); choose another --out");
        }
        return entries;
    }

    /** The entry's attributes (of the link itself unless {@code follow}), or null when there is none. */
    private static BasicFileAttributes attributes(Path p, boolean follow) {
        try {
            return follow ? Files.readAttributes(p, BasicFileAttributes.class)
                    : Files.readAttributes(p, BasicFileAttributes.class, NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
