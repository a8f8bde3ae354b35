/**
 */
package io.noodle.model.impl;

import io.noodle.model.Case;
import io.noodle.model.GateVerdict;
import io.noodle.model.NoodlePackage;
import io.noodle.model.Stage;

import io.noodle.model.derived.SourceLine;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gate Verdict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.GateVerdictImpl#getRail <em>Rail</em>}</li>
 *   <li>{@link io.noodle.model.impl.GateVerdictImpl#isPassed <em>Passed</em>}</li>
 *   <li>{@link io.noodle.model.impl.GateVerdictImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link io.noodle.model.impl.GateVerdictImpl#getObserved <em>Observed</em>}</li>
 *   <li>{@link io.noodle.model.impl.GateVerdictImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link io.noodle.model.impl.GateVerdictImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link io.noodle.model.impl.GateVerdictImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.noodle.model.impl.GateVerdictImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GateVerdictImpl extends EObjectImpl implements GateVerdict {
	/**
	 * The default value of the '{@link #getRail() <em>Rail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRail()
	 * @generated
	 * @ordered
	 */
	protected static final String RAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRail() <em>Rail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRail()
	 * @generated
	 * @ordered
	 */
	protected String rail = RAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #isPassed() <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPassed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PASSED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPassed() <em>Passed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPassed()
	 * @generated
	 * @ordered
	 */
	protected boolean passed = PASSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final Double THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected Double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getObserved() <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObserved()
	 * @generated
	 * @ordered
	 */
	protected static final Double OBSERVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObserved() <em>Observed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObserved()
	 * @generated
	 * @ordered
	 */
	protected Double observed = OBSERVED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

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
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceLine> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GateVerdictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.GATE_VERDICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRail() {
		return rail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRail(String newRail) {
		String oldRail = rail;
		rail = newRail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.GATE_VERDICT__RAIL, oldRail, rail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPassed() {
		return passed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassed(boolean newPassed) {
		boolean oldPassed = passed;
		passed = newPassed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.GATE_VERDICT__PASSED, oldPassed, passed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(Double newThreshold) {
		Double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.GATE_VERDICT__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getObserved() {
		return observed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObserved(Double newObserved) {
		Double oldObserved = observed;
		observed = newObserved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.GATE_VERDICT__OBSERVED, oldObserved, observed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		if (stage != null && stage.eIsProxy()) {
			InternalEObject oldStage = (InternalEObject)stage;
			stage = (Stage)eResolveProxy(oldStage);
			if (stage != oldStage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, NoodlePackage.GATE_VERDICT__STAGE, oldStage, stage));
			}
		}
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage basicGetStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.GATE_VERDICT__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectResolvingEList<Case>(Case.class, this, NoodlePackage.GATE_VERDICT__CASES);
		}
		return cases;
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
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.GATE_VERDICT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceLine> getEvidence() {
		if (evidence == null) {
			evidence = new EDataTypeUniqueEList<SourceLine>(SourceLine.class, this, NoodlePackage.GATE_VERDICT__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.GATE_VERDICT__RAIL:
				return getRail();
			case NoodlePackage.GATE_VERDICT__PASSED:
				return isPassed();
			case NoodlePackage.GATE_VERDICT__THRESHOLD:
				return getThreshold();
			case NoodlePackage.GATE_VERDICT__OBSERVED:
				return getObserved();
			case NoodlePackage.GATE_VERDICT__STAGE:
				if (resolve) return getStage();
				return basicGetStage();
			case NoodlePackage.GATE_VERDICT__CASES:
				return getCases();
			case NoodlePackage.GATE_VERDICT__MESSAGE:
				return getMessage();
			case NoodlePackage.GATE_VERDICT__EVIDENCE:
				return getEvidence();
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
			case NoodlePackage.GATE_VERDICT__RAIL:
				setRail((String)newValue);
				return;
			case NoodlePackage.GATE_VERDICT__PASSED:
				setPassed((Boolean)newValue);
				return;
			case NoodlePackage.GATE_VERDICT__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case NoodlePackage.GATE_VERDICT__OBSERVED:
				setObserved((Double)newValue);
				return;
			case NoodlePackage.GATE_VERDICT__STAGE:
				setStage((Stage)newValue);
				return;
			case NoodlePackage.GATE_VERDICT__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case NoodlePackage.GATE_VERDICT__MESSAGE:
				setMessage((String)newValue);
				return;
			case NoodlePackage.GATE_VERDICT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends SourceLine>)newValue);
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
			case NoodlePackage.GATE_VERDICT__RAIL:
				setRail(RAIL_EDEFAULT);
				return;
			case NoodlePackage.GATE_VERDICT__PASSED:
				setPassed(PASSED_EDEFAULT);
				return;
			case NoodlePackage.GATE_VERDICT__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case NoodlePackage.GATE_VERDICT__OBSERVED:
				setObserved(OBSERVED_EDEFAULT);
				return;
			case NoodlePackage.GATE_VERDICT__STAGE:
				setStage((Stage)null);
				return;
			case NoodlePackage.GATE_VERDICT__CASES:
				getCases().clear();
				return;
			case NoodlePackage.GATE_VERDICT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case NoodlePackage.GATE_VERDICT__EVIDENCE:
				getEvidence().clear();
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
			case NoodlePackage.GATE_VERDICT__RAIL:
				return RAIL_EDEFAULT == null ? rail != null : !RAIL_EDEFAULT.equals(rail);
			case NoodlePackage.GATE_VERDICT__PASSED:
				return passed != PASSED_EDEFAULT;
			case NoodlePackage.GATE_VERDICT__THRESHOLD:
				return THRESHOLD_EDEFAULT == null ? threshold != null : !THRESHOLD_EDEFAULT.equals(threshold);
			case NoodlePackage.GATE_VERDICT__OBSERVED:
				return OBSERVED_EDEFAULT == null ? observed != null : !OBSERVED_EDEFAULT.equals(observed);
			case NoodlePackage.GATE_VERDICT__STAGE:
				return stage != null;
			case NoodlePackage.GATE_VERDICT__CASES:
				return cases != null && !cases.isEmpty();
			case NoodlePackage.GATE_VERDICT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case NoodlePackage.GATE_VERDICT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
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
		result.append(" (rail: ");
		result.append(rail);
		result.append(", passed: ");
		result.append(passed);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", observed: ");
		result.append(observed);
		result.append(", message: ");
		result.append(message);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(')');
		return result.toString();
	}

} //GateVerdictImpl
