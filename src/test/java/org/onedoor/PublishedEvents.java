package org.onedoor;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The events OneDoor publishes and the ones it listens to, read from the compiled classes. A published event is a
 * public record in a module's base package named in the past tense, made (or returned by a call) in a method that
 * calls {@link ApplicationEventPublisher#publishEvent(Object)} or hands an {@code Object} on to a method that does (as
 * {@code EpisodeManagement} does through {@code EpisodeWork.changed}), or attaches it to a clinical change with
 * {@code ClinicalChange.publishing(Object)}, which {@code ClinicalChanges.record} publishes. A listened-to event is the parameter of an
 * {@code @EventListener}, {@code @TransactionalEventListener} or {@code @ApplicationModuleListener} method.
 */
final class PublishedEvents {

    private static final String CLINICAL_CHANGE = "org.onedoor.treatment.recording.ClinicalChange";

    private static final Pattern PAST_TENSE =
            Pattern.compile(".*(ed|Undone|Done|Paid|Sent|Made|Given|Taken|Withdrawn)");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onedoor");

    Set<String> published() {
        Set<JavaCodeUnit> forwarding = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JavaClass type : classes) {
                for (JavaMethod method : type.getMethods()) {
                    if (!forwarding.contains(method)
                            && takesAnyObject(method)
                            && publishesOrForwards(method, forwarding)) {
                        grew = forwarding.add(method);
                    }
                }
            }
        }
        Set<String> events = new TreeSet<>();
        for (JavaClass type : classes) {
            for (JavaCodeUnit site : type.getCodeUnits()) {
                if (publishesOrForwards(site, forwarding)) {
                    site.getConstructorCallsFromSelf().stream()
                            .map(JavaCall::getTargetOwner)
                            .filter(PublishedEvents::isEvent)
                            .forEach(event -> events.add(event.getName()));
                    site.getMethodCallsFromSelf().stream()
                            .map(call -> call.getTarget().getRawReturnType())
                            .filter(PublishedEvents::isEvent)
                            .forEach(event -> events.add(event.getName()));
                }
            }
        }
        return events;
    }

    private static boolean publishesOrForwards(JavaCodeUnit unit, Set<JavaCodeUnit> forwarding) {
        return unit.getMethodCallsFromSelf().stream()
                .anyMatch(call -> forwarding.stream()
                                .anyMatch(
                                        target -> call.getTarget().getFullName().equals(target.getFullName()))
                        || call.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class)
                                && call.getName().equals("publishEvent")
                        || call.getTargetOwner().getName().equals(CLINICAL_CHANGE)
                                && call.getName().equals("publishing"));
    }

    private static boolean takesAnyObject(JavaMethod method) {
        return method.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Object.class));
    }

    Set<String> listenedTo() {
        Set<String> events = new TreeSet<>();
        for (JavaClass type : classes) {
            for (JavaMethod method : type.getMethods()) {
                if ((method.isAnnotatedWith(EventListener.class)
                                || method.isMetaAnnotatedWith(EventListener.class)
                                || method.isAnnotatedWith(TransactionalEventListener.class)
                                || method.isAnnotatedWith(ApplicationModuleListener.class))
                        && !method.getRawParameterTypes().isEmpty()) {
                    events.add(method.getRawParameterTypes().get(0).getName());
                }
            }
        }
        return events;
    }

    /** Architecture section 3: an event is a public record in a module's base package, named in the past tense. */
    private static boolean isEvent(JavaClass type) {
        String module = type.getPackageName().replaceFirst("^org\\.onedoor\\.?", "");
        return type.isRecord()
                && type.getModifiers().contains(JavaModifier.PUBLIC)
                && !type.isNestedClass()
                && !module.isEmpty()
                && !module.contains(".")
                && PAST_TENSE.matcher(type.getSimpleName()).matches();
    }
}
