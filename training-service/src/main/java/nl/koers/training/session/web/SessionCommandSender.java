package nl.koers.training.session.web;

import java.util.Map;
import nl.koers.platform.error.Conflict;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends a command to a session, again when another replica appended to the same session first (ADR 0042). Axon
 * locks a session within one JVM; across replicas the event store refuses the second append of the same sequence
 * number, and the command is then decided again on the session's new state. Each attempt is a fresh unit of work,
 * so a refused attempt stored nothing.
 */
@Component
class SessionCommandSender {
    /**
     * Each refused attempt means another replica's decision landed first; with two busy replicas an attempt loses
     * about half the time, so 25 attempts leave a chance of about 3e-8 of answering 409.
     */
    static final int ATTEMPTS = 25;
    private final CommandGateway commands;

    SessionCommandSender(CommandGateway commands) {
        this.commands = commands;
    }

    void send(Object command, Map<String, ?> metaData) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
                return;
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS) {
                    throw new Conflict("sessionId", "the session is busy; try again");
                }
                pause(attempt);
            }
        }
    }

    /** A short random pause, so that replicas that collided do not collide again in lockstep. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L + Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Conflict("sessionId", "interrupted; try again");
        }
    }
}
