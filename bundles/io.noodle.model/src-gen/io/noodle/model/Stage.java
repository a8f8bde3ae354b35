/**
 */
package io.noodle.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a study: derives cases from the survivors of its inputs by applying ECOs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.Stage#getStudy <em>Study</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getName <em>Name</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getType <em>Type</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getExecutionMode <em>Execution Mode</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getTrialBudget <em>Trial Budget</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getSurvivorCount <em>Survivor Count</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getAllowedClasses <em>Allowed Classes</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getEcoNames <em>Eco Names</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getRanking <em>Ranking</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getRails <em>Rails</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getTrialMemoryMb <em>Trial Memory Mb</em>}</li>
 *   <li>{@link io.noodle.model.Stage#isVisualization <em>Visualization</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getIndex <em>Index</em>}</li>
 *   <li>{@link io.noodle.model.Stage#getInputs <em>Inputs</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends EObject {
	/**
	 * Returns the value of the '<em><b>Study</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.noodle.model.Study#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study owning the stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study</em>' container reference.
	 * @see #setStudy(Study)
	 * @see io.noodle.model.NoodlePackage#getStage_Study()
	 * @see io.noodle.model.Study#getStages
	 * @model opposite="stages" transient="false"
	 * @generated
	 */
	Study getStudy();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getStudy <em>Study</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study</em>' container reference.
	 * @see #getStudy()
	 * @generated
	 */
	void setStudy(Study value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the stage, unique in the study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.noodle.model.NoodlePackage#getStage_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The default value is <code>"execution"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.StageType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the stage does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see io.noodle.model.StageType
	 * @see #setType(StageType)
	 * @see io.noodle.model.NoodlePackage#getStage_Type()
	 * @model default="execution"
	 * @generated
	 */
	StageType getType();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see io.noodle.model.StageType
	 * @see #getType()
	 * @generated
	 */
	void setType(StageType value);

	/**
	 * Returns the value of the '<em><b>Execution Mode</b></em>' attribute.
	 * The default value is <code>"sta_only"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.ExecutionMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How much of the flow each trial runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Execution Mode</em>' attribute.
	 * @see io.noodle.model.ExecutionMode
	 * @see #setExecutionMode(ExecutionMode)
	 * @see io.noodle.model.NoodlePackage#getStage_ExecutionMode()
	 * @model default="sta_only"
	 * @generated
	 */
	ExecutionMode getExecutionMode();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getExecutionMode <em>Execution Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Execution Mode</em>' attribute.
	 * @see io.noodle.model.ExecutionMode
	 * @see #getExecutionMode()
	 * @generated
	 */
	void setExecutionMode(ExecutionMode value);

	/**
	 * Returns the value of the '<em><b>Trial Budget</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many trials the stage may run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trial Budget</em>' attribute.
	 * @see #setTrialBudget(int)
	 * @see io.noodle.model.NoodlePackage#getStage_TrialBudget()
	 * @model default="1"
	 * @generated
	 */
	int getTrialBudget();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getTrialBudget <em>Trial Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trial Budget</em>' attribute.
	 * @see #getTrialBudget()
	 * @generated
	 */
	void setTrialBudget(int value);

	/**
	 * Returns the value of the '<em><b>Survivor Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many cases survive into dependent stages (at most the budget).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Survivor Count</em>' attribute.
	 * @see #setSurvivorCount(int)
	 * @see io.noodle.model.NoodlePackage#getStage_SurvivorCount()
	 * @model default="1"
	 * @generated
	 */
	int getSurvivorCount();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getSurvivorCount <em>Survivor Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Survivor Count</em>' attribute.
	 * @see #getSurvivorCount()
	 * @generated
	 */
	void setSurvivorCount(int value);

	/**
	 * Returns the value of the '<em><b>Allowed Classes</b></em>' attribute list.
	 * The list contents are of type {@link io.noodle.model.EcoClass}.
	 * The literals are from the enumeration {@link io.noodle.model.EcoClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ECO classes this stage may apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allowed Classes</em>' attribute list.
	 * @see io.noodle.model.EcoClass
	 * @see io.noodle.model.NoodlePackage#getStage_AllowedClasses()
	 * @model
	 * @generated
	 */
	EList<EcoClass> getAllowedClasses();

	/**
	 * Returns the value of the '<em><b>Eco Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ECOs this stage applies, by name (from the study catalogue).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eco Names</em>' attribute list.
	 * @see io.noodle.model.NoodlePackage#getStage_EcoNames()
	 * @model
	 * @generated
	 */
	EList<String> getEcoNames();

	/**
	 * Returns the value of the '<em><b>Ranking</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How survivors are chosen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ranking</em>' containment reference.
	 * @see #setRanking(RankingPolicy)
	 * @see io.noodle.model.NoodlePackage#getStage_Ranking()
	 * @model containment="true"
	 * @generated
	 */
	RankingPolicy getRanking();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getRanking <em>Ranking</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ranking</em>' containment reference.
	 * @see #getRanking()
	 * @generated
	 */
	void setRanking(RankingPolicy value);

	/**
	 * Returns the value of the '<em><b>Rails</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Limits that abort the stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rails</em>' containment reference.
	 * @see #setRails(StageRails)
	 * @see io.noodle.model.NoodlePackage#getStage_Rails()
	 * @model containment="true"
	 * @generated
	 */
	StageRails getRails();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getRails <em>Rails</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rails</em>' containment reference.
	 * @see #getRails()
	 * @generated
	 */
	void setRails(StageRails value);

	/**
	 * Returns the value of the '<em><b>Trial Memory Mb</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory a trial of this stage may use, in MB (0: no limit); the executor enforces it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trial Memory Mb</em>' attribute.
	 * @see #setTrialMemoryMb(int)
	 * @see io.noodle.model.NoodlePackage#getStage_TrialMemoryMb()
	 * @model default="0"
	 * @generated
	 */
	int getTrialMemoryMb();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#getTrialMemoryMb <em>Trial Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trial Memory Mb</em>' attribute.
	 * @see #getTrialMemoryMb()
	 * @generated
	 */
	void setTrialMemoryMb(int value);

	/**
	 * Returns the value of the '<em><b>Visualization</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether trials also produce heatmaps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visualization</em>' attribute.
	 * @see #setVisualization(boolean)
	 * @see io.noodle.model.NoodlePackage#getStage_Visualization()
	 * @model default="false"
	 * @generated
	 */
	boolean isVisualization();

	/**
	 * Sets the value of the '{@link io.noodle.model.Stage#isVisualization <em>Visualization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visualization</em>' attribute.
	 * @see #isVisualization()
	 * @generated
	 */
	void setVisualization(boolean value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position of the stage in the study (0-based); derived.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see io.noodle.model.NoodlePackage#getStage_Index()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getIndex();

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' reference list.
	 * The list contents are of type {@link io.noodle.model.Stage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stages whose survivors feed this stage; derived from the dependencies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' reference list.
	 * @see io.noodle.model.NoodlePackage#getStage_Inputs()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Stage> getInputs();

} // Stage
