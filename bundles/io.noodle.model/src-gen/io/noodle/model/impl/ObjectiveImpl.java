/**
 */
package io.noodle.model.impl;

import io.noodle.model.NoodlePackage;
import io.noodle.model.Objective;
import io.noodle.model.ObjectiveMode;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.impl.ObjectiveImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.noodle.model.impl.ObjectiveImpl#getTimingWeight <em>Timing Weight</em>}</li>
 *   <li>{@link io.noodle.model.impl.ObjectiveImpl#getCongestionWeight <em>Congestion Weight</em>}</li>
 *   <li>{@link io.noodle.model.impl.ObjectiveImpl#getMetricOrder <em>Metric Order</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectiveImpl extends EObjectImpl implements Objective {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectiveMode MODE_EDEFAULT = ObjectiveMode.WEIGHTED_SUM;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ObjectiveMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimingWeight() <em>Timing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimingWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double TIMING_WEIGHT_EDEFAULT = 0.6;

	/**
	 * The cached value of the '{@link #getTimingWeight() <em>Timing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimingWeight()
	 * @generated
	 * @ordered
	 */
	protected double timingWeight = TIMING_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCongestionWeight() <em>Congestion Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCongestionWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double CONGESTION_WEIGHT_EDEFAULT = 0.4;

	/**
	 * The cached value of the '{@link #getCongestionWeight() <em>Congestion Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCongestionWeight()
	 * @generated
	 * @ordered
	 */
	protected double congestionWeight = CONGESTION_WEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetricOrder() <em>Metric Order</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricOrder()
	 * @generated
	 * @ordered
	 */
	protected EList<String> metricOrder;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObjectiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NoodlePackage.Literals.OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectiveMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ObjectiveMode newMode) {
		ObjectiveMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.OBJECTIVE__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimingWeight() {
		return timingWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimingWeight(double newTimingWeight) {
		double oldTimingWeight = timingWeight;
		timingWeight = newTimingWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.OBJECTIVE__TIMING_WEIGHT, oldTimingWeight, timingWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCongestionWeight() {
		return congestionWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCongestionWeight(double newCongestionWeight) {
		double oldCongestionWeight = congestionWeight;
		congestionWeight = newCongestionWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NoodlePackage.OBJECTIVE__CONGESTION_WEIGHT, oldCongestionWeight, congestionWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMetricOrder() {
		if (metricOrder == null) {
			metricOrder = new EDataTypeUniqueEList<String>(String.class, this, NoodlePackage.OBJECTIVE__METRIC_ORDER);
		}
		return metricOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NoodlePackage.OBJECTIVE__MODE:
				return getMode();
			case NoodlePackage.OBJECTIVE__TIMING_WEIGHT:
				return getTimingWeight();
			case NoodlePackage.OBJECTIVE__CONGESTION_WEIGHT:
				return getCongestionWeight();
			case NoodlePackage.OBJECTIVE__METRIC_ORDER:
				return getMetricOrder();
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
			case NoodlePackage.OBJECTIVE__MODE:
				setMode((ObjectiveMode)newValue);
				return;
			case NoodlePackage.OBJECTIVE__TIMING_WEIGHT:
				setTimingWeight((Double)newValue);
				return;
			case NoodlePackage.OBJECTIVE__CONGESTION_WEIGHT:
				setCongestionWeight((Double)newValue);
				return;
			case NoodlePackage.OBJECTIVE__METRIC_ORDER:
				getMetricOrder().clear();
				getMetricOrder().addAll((Collection<? extends String>)newValue);
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
			case NoodlePackage.OBJECTIVE__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case NoodlePackage.OBJECTIVE__TIMING_WEIGHT:
				setTimingWeight(TIMING_WEIGHT_EDEFAULT);
				return;
			case NoodlePackage.OBJECTIVE__CONGESTION_WEIGHT:
				setCongestionWeight(CONGESTION_WEIGHT_EDEFAULT);
				return;
			case NoodlePackage.OBJECTIVE__METRIC_ORDER:
				getMetricOrder().clear();
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
			case NoodlePackage.OBJECTIVE__MODE:
				return mode != MODE_EDEFAULT;
			case NoodlePackage.OBJECTIVE__TIMING_WEIGHT:
				return timingWeight != TIMING_WEIGHT_EDEFAULT;
			case NoodlePackage.OBJECTIVE__CONGESTION_WEIGHT:
				return congestionWeight != CONGESTION_WEIGHT_EDEFAULT;
			case NoodlePackage.OBJECTIVE__METRIC_ORDER:
				return metricOrder != null && !metricOrder.isEmpty();
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", timingWeight: ");
		result.append(timingWeight);
		result.append(", congestionWeight: ");
		result.append(congestionWeight);
		result.append(", metricOrder: ");
		result.append(metricOrder);
		result.append(')');
		return result.toString();
	}

} //ObjectiveImpl
