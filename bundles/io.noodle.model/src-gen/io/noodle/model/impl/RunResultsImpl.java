/**
 */
package io.noodle.model.impl;

import io.noodle.model.Case;
import io.noodle.model.GateVerdict;
import io.noodle.model.NoodlePackage;
import io.noodle.model.RunResults;
import io.noodle.model.Study;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Results</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.RunResultsImpl#getRunId <em>Run Id</em>}</li>
 *   <li>{@link io.noodle.model.impl.RunResultsImpl#getStudy <em>Study</em>}</li>
 *   <li>{@link io.noodle.model.impl.RunResultsImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.noodle.model.impl.RunResultsImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.noodle.model.impl.RunResultsImpl#getBest <em>Best</em>}</li>
 *   <li>{@link io.noodle.model.impl.RunResultsImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link io.noodle.model.impl.RunResultsImpl#getVerdicts <em>Verdicts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunResultsImpl extends EObjectImpl implements RunResults {
	/**
	 * The default value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected String runId = RUN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStudy() <em>Study</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudy()
	 * @generated
	 * @ordered
	 */
	protected Study study;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected String status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBest() <em>Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBest()
	 * @generated
	 * @ordered
	 */
	protected static final String BEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBest() <em>Best</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBest()
	 * @generated
	 * @ordered
	 */
	protected String best = BEST_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getVerdicts() <em>Verdicts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdicts()
	 * @generated
	 * @ordered
	 */
	protected EList<GateVerdict> verdicts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunResultsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.RUN_RESULTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunId() {
		return runId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunId(String newRunId) {
		String oldRunId = runId;
		runId = newRunId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RUN_RESULTS__RUN_ID, oldRunId, runId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study getStudy() {
		if (study != null && study.eIsProxy()) {
			InternalEObject oldStudy = (InternalEObject)study;
			study = (Study)eResolveProxy(oldStudy);
			if (study != oldStudy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NoodlePackage.RUN_RESULTS__STUDY, oldStudy, study));
			}
		}
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Study basicGetStudy() {
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudy(Study newStudy) {
		Study oldStudy = study;
		study = newStudy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RUN_RESULTS__STUDY, oldStudy, study));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(String newStatus) {
		String oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RUN_RESULTS__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RUN_RESULTS__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBest() {
		return best;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBest(String newBest) {
		String oldBest = best;
		best = newBest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.RUN_RESULTS__BEST, oldBest, best));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<Case>(Case.class, this, NoodlePackage.RUN_RESULTS__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GateVerdict> getVerdicts() {
		if (verdicts == null) {
			verdicts = new EObjectContainmentEList<GateVerdict>(GateVerdict.class, this, NoodlePackage.RUN_RESULTS__VERDICTS);
		}
		return verdicts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NoodlePackage.RUN_RESULTS__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case NoodlePackage.RUN_RESULTS__VERDICTS:
				return ((InternalEList<?>)getVerdicts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.RUN_RESULTS__RUN_ID:
				return getRunId();
			case NoodlePackage.RUN_RESULTS__STUDY:
				if (resolve) return getStudy();
				return basicGetStudy();
			case NoodlePackage.RUN_RESULTS__STATUS:
				return getStatus();
			case NoodlePackage.RUN_RESULTS__MESSAGE:
				return getMessage();
			case NoodlePackage.RUN_RESULTS__BEST:
				return getBest();
			case NoodlePackage.RUN_RESULTS__CASES:
				return getCases();
			case NoodlePackage.RUN_RESULTS__VERDICTS:
				return getVerdicts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NoodlePackage.RUN_RESULTS__RUN_ID:
				setRunId((String)newValue);
				return;
			case NoodlePackage.RUN_RESULTS__STUDY:
				setStudy((Study)newValue);
				return;
			case NoodlePackage.RUN_RESULTS__STATUS:
				setStatus((String)newValue);
				return;
			case NoodlePackage.RUN_RESULTS__MESSAGE:
				setMessage((String)newValue);
				return;
			case NoodlePackage.RUN_RESULTS__BEST:
				setBest((String)newValue);
				return;
			case NoodlePackage.RUN_RESULTS__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case NoodlePackage.RUN_RESULTS__VERDICTS:
				getVerdicts().clear();
				getVerdicts().addAll((Collection<? extends GateVerdict>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case NoodlePackage.RUN_RESULTS__RUN_ID:
				setRunId(RUN_ID_EDEFAULT);
				return;
			case NoodlePackage.RUN_RESULTS__STUDY:
				setStudy((Study)null);
				return;
			case NoodlePackage.RUN_RESULTS__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case NoodlePackage.RUN_RESULTS__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case NoodlePackage.RUN_RESULTS__BEST:
				setBest(BEST_EDEFAULT);
				return;
			case NoodlePackage.RUN_RESULTS__CASES:
				getCases().clear();
				return;
			case NoodlePackage.RUN_RESULTS__VERDICTS:
				getVerdicts().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case NoodlePackage.RUN_RESULTS__RUN_ID:
				return RUN_ID_EDEFAULT == null ? runId != null : !RUN_ID_EDEFAULT.equals(runId);
			case NoodlePackage.RUN_RESULTS__STUDY:
				return study != null;
			case NoodlePackage.RUN_RESULTS__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case NoodlePackage.RUN_RESULTS__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case NoodlePackage.RUN_RESULTS__BEST:
				return BEST_EDEFAULT == null ? best != null : !BEST_EDEFAULT.equals(best);
			case NoodlePackage.RUN_RESULTS__CASES:
				return cases != null && !cases.isEmpty();
			case NoodlePackage.RUN_RESULTS__VERDICTS:
				return verdicts != null && !verdicts.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (runId: ");
		result.append(runId);
		result.append(", status: ");
		result.append(status);
		result.append(", message: ");
		result.append(message);
		result.append(", best: ");
		result.append(best);
		result.append(')');
		return result.toString();
	}

} //RunResultsImpl
