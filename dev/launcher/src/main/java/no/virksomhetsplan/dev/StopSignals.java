package no.virksomhetsplan.dev;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Runs an action on SIGINT (Ctrl-C) and SIGTERM instead of the JVM's default (run the shutdown
 * hooks, all at once). Uses sun.misc.Signal from the jdk.unsupported module, which the JDK keeps
 * for exactly this; through reflection, as Kafka does, because javac warns about every direct use
 * of it and those warnings cannot be suppressed.
 */
final class StopSignals {

    private StopSignals() {
    }

    /**
     * Where the handler cannot be installed (the JVM runs with -Xrs), the JVM's default stays and
     * the shutdown hooks run. A signal the launcher's parent chose to ignore (bash does that for
     * SIGINT to background jobs of scripts) stays ignored.
     */
    static void onInterruptOrTerminate(Runnable action) {
        for (String name : List.of("INT", "TERM")) {
            try {
                Class<?> signalClass = Class.forName("sun.misc.Signal");
                Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
                Object handler = Proxy.newProxyInstance(handlerClass.getClassLoader(), new Class<?>[] {handlerClass},
                        (proxy, method, args) -> handle(proxy, method, args, action));
                Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
                handle.invoke(null, signalClass.getConstructor(String.class).newInstance(name), handler);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // keep the JVM's default for this signal
            }
        }
    }

    private static Object handle(Object proxy, Method method, Object[] args, Runnable action) {
        return switch (method.getName()) {
            case "handle" -> {
                action.run();
                yield null;
            }
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "launcher stop signal handler";
        };
    }
}
