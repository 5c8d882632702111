"""Starting a terminal program in a 160x45 pseudo-terminal and ending it, for the bench scripts
(first-frame.py, edit-saved.py)."""
import fcntl, os, pty, signal, struct, termios, time


def start(argv: list[str]) -> tuple[int, int]:
    """Starts `argv` in a 160x45 pty; returns its pid and the pty's descriptor."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
    return pid, fd


def stop(pid: int, fd: int, grace: float) -> None:
    """Sends 'q', waits `grace` seconds, kills what is left and reaps it."""
    try:
        os.write(fd, b"q")
        time.sleep(grace)
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
