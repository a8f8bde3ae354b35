/**
 */
package io.noodle.model.impl;

import io.noodle.model.Case;
import io.noodle.model.CaseState;
import io.noodle.model.EcoApplication;
import io.noodle.model.Failure;
import io.noodle.model.Metric;
import io.noodle.model.NoodlePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getParents <em>Parents</em>}</li>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getApplied <em>Applied</em>}</li>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getState <em>State</em>}</li>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getFailure <em>Failure</em>}</li>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getSnapshotPath <em>Snapshot Path</em>}</li>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getStageIndex <em>Stage Index</em>}</li>
 *   <li>{@link io.noodle.model.impl.CaseImpl#getDerivedIndex <em>Derived Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseImpl extends EObjectImpl implements Case {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParents() <em>Parents</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParents()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> parents;

	/**
	 * The cached value of the '{@link #getApplied() <em>Applied</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplied()
	 * @generated
	 * @ordered
	 */
	protected EList<EcoApplication> applied;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final CaseState STATE_EDEFAULT = CaseState.PENDING;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected CaseState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFailure() <em>Failure</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailure()
	 * @generated
	 * @ordered
	 */
	protected Failure failure;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * The default value of the '{@link #getSnapshotPath() <em>Snapshot Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotPath()
	 * @generated
	 * @ordered
	 */
	protected static final String SNAPSHOT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSnapshotPath() <em>Snapshot Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotPath()
	 * @generated
	 * @ordered
	 */
	protected String snapshotPath = SNAPSHOT_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStageIndex() <em>Stage Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStageIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int STAGE_INDEX_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #getDerivedIndex() <em>Derived Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int DERIVED_INDEX_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.CASE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getParents() {
		if (parents == null) {
			parents = new EObjectResolvingEList<Case>(Case.class, this, NoodlePackage.CASE__PARENTS);
		}
		return parents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EcoApplication> getApplied() {
		if (applied == null) {
			applied = new EObjectContainmentEList<EcoApplication>(EcoApplication.class, this, NoodlePackage.CASE__APPLIED);
		}
		return applied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(CaseState newState) {
		CaseState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.CASE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Failure getFailure() {
		return failure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFailure(Failure newFailure, NotificationChain msgs) {
		Failure oldFailure = failure;
		failure = newFailure;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NoodlePackage.CASE__FAILURE, oldFailure, newFailure);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailure(Failure newFailure) {
		if (newFailure != failure) {
			NotificationChain msgs = null;
			if (failure != null)
				msgs = ((InternalEObject)failure).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.CASE__FAILURE, null, msgs);
			if (newFailure != null)
				msgs = ((InternalEObject)newFailure).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NoodlePackage.CASE__FAILURE, null, msgs);
			msgs = basicSetFailure(newFailure, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.CASE__FAILURE, newFailure, newFailure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<Metric>(Metric.class, this, NoodlePackage.CASE__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSnapshotPath() {
		return snapshotPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnapshotPath(String newSnapshotPath) {
		String oldSnapshotPath = snapshotPath;
		snapshotPath = newSnapshotPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.CASE__SNAPSHOT_PATH, oldSnapshotPath, snapshotPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStageIndex() {
		return io.noodle.model.derived.CaseNames.stageIndexOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDerivedIndex() {
		return io.noodle.model.derived.CaseNames.derivedIndexOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric metric(final String name) {
		for (Metric m : getMetrics()) { if (m.getName().equals(name)) { return m; } } return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NoodlePackage.CASE__APPLIED:
				return ((InternalEList<?>)getApplied()).basicRemove(otherEnd, msgs);
			case NoodlePackage.CASE__FAILURE:
				return basicSetFailure(null, msgs);
			case NoodlePackage.CASE__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
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
			case NoodlePackage.CASE__NAME:
				return getName();
			case NoodlePackage.CASE__PARENTS:
				return getParents();
			case NoodlePackage.CASE__APPLIED:
				return getApplied();
			case NoodlePackage.CASE__STATE:
				return getState();
			case NoodlePackage.CASE__FAILURE:
				return getFailure();
			case NoodlePackage.CASE__METRICS:
				return getMetrics();
			case NoodlePackage.CASE__SNAPSHOT_PATH:
				return getSnapshotPath();
			case NoodlePackage.CASE__STAGE_INDEX:
				return getStageIndex();
			case NoodlePackage.CASE__DERIVED_INDEX:
				return getDerivedIndex();
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
			case NoodlePackage.CASE__NAME:
				setName((String)newValue);
				return;
			case NoodlePackage.CASE__PARENTS:
				getParents().clear();
				getParents().addAll((Collection<? extends Case>)newValue);
				return;
			case NoodlePackage.CASE__APPLIED:
				getApplied().clear();
				getApplied().addAll((Collection<? extends EcoApplication>)newValue);
				return;
			case NoodlePackage.CASE__STATE:
				setState((CaseState)newValue);
				return;
			case NoodlePackage.CASE__FAILURE:
				setFailure((Failure)newValue);
				return;
			case NoodlePackage.CASE__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case NoodlePackage.CASE__SNAPSHOT_PATH:
				setSnapshotPath((String)newValue);
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
			case NoodlePackage.CASE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case NoodlePackage.CASE__PARENTS:
				getParents().clear();
				return;
			case NoodlePackage.CASE__APPLIED:
				getApplied().clear();
				return;
			case NoodlePackage.CASE__STATE:
				setState(STATE_EDEFAULT);
				return;
			case NoodlePackage.CASE__FAILURE:
				setFailure((Failure)null);
				return;
			case NoodlePackage.CASE__METRICS:
				getMetrics().clear();
				return;
			case NoodlePackage.CASE__SNAPSHOT_PATH:
				setSnapshotPath(SNAPSHOT_PATH_EDEFAULT);
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
			case NoodlePackage.CASE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case NoodlePackage.CASE__PARENTS:
				return parents != null && !parents.isEmpty();
			case NoodlePackage.CASE__APPLIED:
				return applied != null && !applied.isEmpty();
			case NoodlePackage.CASE__STATE:
				return state != STATE_EDEFAULT;
			case NoodlePackage.CASE__FAILURE:
				return failure != null;
			case NoodlePackage.CASE__METRICS:
				return metrics != null && !metrics.isEmpty();
			case NoodlePackage.CASE__SNAPSHOT_PATH:
				return SNAPSHOT_PATH_EDEFAULT == null ? snapshotPath != null : !SNAPSHOT_PATH_EDEFAULT.equals(snapshotPath);
			case NoodlePackage.CASE__STAGE_INDEX:
				return getStageIndex() != STAGE_INDEX_EDEFAULT;
			case NoodlePackage.CASE__DERIVED_INDEX:
				return getDerivedIndex() != DERIVED_INDEX_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", state: ");
		result.append(state);
		result.append(", snapshotPath: ");
		result.append(snapshotPath);
		result.append(')');
		return result.toString();
	}

} //CaseImpl
