/**
 */
package io.noodle.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How results are compared across cases.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.Objective#getMode <em>Mode</em>}</li>
 *   <li>{@link io.noodle.model.Objective#getTimingWeight <em>Timing Weight</em>}</li>
 *   <li>{@link io.noodle.model.Objective#getCongestionWeight <em>Congestion Weight</em>}</li>
 *   <li>{@link io.noodle.model.Objective#getMetricOrder <em>Metric Order</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends EObject {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"weighted_sum"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.ObjectiveMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the metrics combine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.noodle.model.ObjectiveMode
	 * @see #setMode(ObjectiveMode)
	 * @see io.noodle.model.NoodlePackage#getObjective_Mode()
	 * @model default="weighted_sum"
	 * @generated
	 */
	ObjectiveMode getMode();

	/**
	 * Sets the value of the '{@link io.noodle.model.Objective#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.noodle.model.ObjectiveMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ObjectiveMode value);

	/**
	 * Returns the value of the '<em><b>Timing Weight</b></em>' attribute.
	 * The default value is <code>"0.6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of timing in weighted sums.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timing Weight</em>' attribute.
	 * @see #setTimingWeight(double)
	 * @see io.noodle.model.NoodlePackage#getObjective_TimingWeight()
	 * @model default="0.6"
	 * @generated
	 */
	double getTimingWeight();

	/**
	 * Sets the value of the '{@link io.noodle.model.Objective#getTimingWeight <em>Timing Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timing Weight</em>' attribute.
	 * @see #getTimingWeight()
	 * @generated
	 */
	void setTimingWeight(double value);

	/**
	 * Returns the value of the '<em><b>Congestion Weight</b></em>' attribute.
	 * The default value is <code>"0.4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of congestion in weighted sums.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Congestion Weight</em>' attribute.
	 * @see #setCongestionWeight(double)
	 * @see io.noodle.model.NoodlePackage#getObjective_CongestionWeight()
	 * @model default="0.4"
	 * @generated
	 */
	double getCongestionWeight();

	/**
	 * Sets the value of the '{@link io.noodle.model.Objective#getCongestionWeight <em>Congestion Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Congestion Weight</em>' attribute.
	 * @see #getCongestionWeight()
	 * @generated
	 */
	void setCongestionWeight(double value);

	/**
	 * Returns the value of the '<em><b>Metric Order</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metric names in priority order, for lexicographic mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric Order</em>' attribute list.
	 * @see io.noodle.model.NoodlePackage#getObjective_MetricOrder()
	 * @model
	 * @generated
	 */
	EList<String> getMetricOrder();

} // Objective
