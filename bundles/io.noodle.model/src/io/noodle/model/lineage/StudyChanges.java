package io.noodle.model.lineage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

import io.noodle.model.Case;
import io.noodle.model.NoodlePackage.Literals;
import io.noodle.model.Study;

/**
 * Change notification for views without a whole-tree content adapter: one adapter on the study (its
 * case, stage and verdict lists) and one on each case (state, metrics, parents, failure). Listeners get
 * typed events on the thread that changed the model.
 */
public final class StudyChanges {

    /** What changed. */
    public sealed interface Change {
        /** A case was added to the study. */
        record CaseAdded(Case c) implements Change {
        }

        /** A case was removed from the study. */
        record CaseRemoved(Case c) implements Change {
        }

        /** A feature of a case changed (state, metrics, parents, failure ...). */
        record CaseChanged(Case c, String feature) implements Change {
        }

        /** The stages, dependencies or verdicts of the study changed. */
        record StudyChanged(String feature) implements Change {
        }
    }

    /** Receives changes. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    private final Study study;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AdapterImpl caseAdapter = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (!n.isTouch() && n.getFeature() instanceof org.eclipse.emf.ecore.EStructuralFeature f) {
                fire(new Change.CaseChanged((Case) n.getNotifier(), f.getName()));
            }
        }
    };
    private final AdapterImpl studyAdapter = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (n.isTouch()) {
                return;
            }
            if (n.getFeature() == Literals.STUDY__CASES) {
                onCases(n);
            } else if (n.getFeature() instanceof org.eclipse.emf.ecore.EStructuralFeature f) {
                fire(new Change.StudyChanged(f.getName()));
            }
        }
    };

    private StudyChanges(Study study) {
        this.study = study;
    }

    /** Starts observing a study; call {@link #dispose()} when done. */
    public static StudyChanges observe(Study study) {
        StudyChanges sc = new StudyChanges(study);
        study.eAdapters().add(sc.studyAdapter);
        study.getCases().forEach(c -> c.eAdapters().add(sc.caseAdapter));
        return sc;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void onCases(Notification n) {
        switch (n.getEventType()) {
        case Notification.ADD -> added((Case) n.getNewValue());
        case Notification.ADD_MANY -> ((List<?>) n.getNewValue()).forEach(o -> added((Case) o));
        case Notification.REMOVE -> removed((Case) n.getOldValue());
        case Notification.REMOVE_MANY -> ((List<?>) n.getOldValue()).forEach(o -> removed((Case) o));
        case Notification.SET -> {
            if (n.getOldValue() instanceof Case old) {
                removed(old);
            }
            if (n.getNewValue() instanceof Case c) {
                added(c);
            }
        }
        default -> fire(new Change.StudyChanged(Literals.STUDY__CASES.getName()));
        }
    }

    private void added(Case c) {
        c.eAdapters().add(caseAdapter);
        fire(new Change.CaseAdded(c));
    }

    private void removed(Case c) {
        c.eAdapters().remove(caseAdapter);
        fire(new Change.CaseRemoved(c));
    }

    private void fire(Change c) {
        for (Listener l : listeners) {
            l.changed(c);
        }
    }

    /** Removes every adapter this observer added. */
    public void dispose() {
        study.eAdapters().remove(studyAdapter);
        for (EObject c : study.getCases()) {
            c.eAdapters().remove(caseAdapter);
        }
        listeners.clear();
    }
}
