/**
 */
package io.noodle.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A safety-gated ECO experiment: a base case, a DAG of stages, an ECO catalogue and what running it produced.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.noodle.model.Study#getName <em>Name</em>}</li>
 *   <li>{@link io.noodle.model.Study#getDescription <em>Description</em>}</li>
 *   <li>{@link io.noodle.model.Study#getAuthor <em>Author</em>}</li>
 *   <li>{@link io.noodle.model.Study#getTags <em>Tags</em>}</li>
 *   <li>{@link io.noodle.model.Study#getSafetyDomain <em>Safety Domain</em>}</li>
 *   <li>{@link io.noodle.model.Study#getBaseCaseName <em>Base Case Name</em>}</li>
 *   <li>{@link io.noodle.model.Study#getPdk <em>Pdk</em>}</li>
 *   <li>{@link io.noodle.model.Study#getMaxConcurrentTrials <em>Max Concurrent Trials</em>}</li>
 *   <li>{@link io.noodle.model.Study#getExecutor <em>Executor</em>}</li>
 *   <li>{@link io.noodle.model.Study#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.noodle.model.Study#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.noodle.model.Study#getSnapshot <em>Snapshot</em>}</li>
 *   <li>{@link io.noodle.model.Study#getEcoWhitelist <em>Eco Whitelist</em>}</li>
 *   <li>{@link io.noodle.model.Study#getEcoBlacklist <em>Eco Blacklist</em>}</li>
 *   <li>{@link io.noodle.model.Study#getObjective <em>Objective</em>}</li>
 *   <li>{@link io.noodle.model.Study#getRails <em>Rails</em>}</li>
 *   <li>{@link io.noodle.model.Study#getEcos <em>Ecos</em>}</li>
 *   <li>{@link io.noodle.model.Study#getStages <em>Stages</em>}</li>
 *   <li>{@link io.noodle.model.Study#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link io.noodle.model.Study#getCases <em>Cases</em>}</li>
 *   <li>{@link io.noodle.model.Study#getVerdicts <em>Verdicts</em>}</li>
 *   <li>{@link io.noodle.model.Study#getPriors <em>Priors</em>}</li>
 * </ul>
 *
 * @see io.noodle.model.NoodlePackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier of the study (letters, digits, _ . -).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.noodle.model.NoodlePackage#getStudy_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.noodle.model.NoodlePackage#getStudy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who designed the study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see io.noodle.model.NoodlePackage#getStudy_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Labels for finding the study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see io.noodle.model.NoodlePackage#getStudy_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Safety Domain</b></em>' attribute.
	 * The default value is <code>"guarded"</code>.
	 * The literals are from the enumeration {@link io.noodle.model.SafetyDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Limits the ECO classes the study may use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Safety Domain</em>' attribute.
	 * @see io.noodle.model.SafetyDomain
	 * @see #setSafetyDomain(SafetyDomain)
	 * @see io.noodle.model.NoodlePackage#getStudy_SafetyDomain()
	 * @model default="guarded"
	 * @generated
	 */
	SafetyDomain getSafetyDomain();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getSafetyDomain <em>Safety Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Safety Domain</em>' attribute.
	 * @see io.noodle.model.SafetyDomain
	 * @see #getSafetyDomain()
	 * @generated
	 */
	void setSafetyDomain(SafetyDomain value);

	/**
	 * Returns the value of the '<em><b>Base Case Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the unmodified base case; derived case names start with it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Case Name</em>' attribute.
	 * @see #setBaseCaseName(String)
	 * @see io.noodle.model.NoodlePackage#getStudy_BaseCaseName()
	 * @model required="true"
	 * @generated
	 */
	String getBaseCaseName();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getBaseCaseName <em>Base Case Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Case Name</em>' attribute.
	 * @see #getBaseCaseName()
	 * @generated
	 */
	void setBaseCaseName(String value);

	/**
	 * Returns the value of the '<em><b>Pdk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Technology / PDK the design is implemented in (e.g. osu018).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pdk</em>' attribute.
	 * @see #setPdk(String)
	 * @see io.noodle.model.NoodlePackage#getStudy_Pdk()
	 * @model
	 * @generated
	 */
	String getPdk();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getPdk <em>Pdk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pdk</em>' attribute.
	 * @see #getPdk()
	 * @generated
	 */
	void setPdk(String value);

	/**
	 * Returns the value of the '<em><b>Max Concurrent Trials</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At most this many trials of the study run at once (0: as many as the slots shared by all runs allow).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Concurrent Trials</em>' attribute.
	 * @see #setMaxConcurrentTrials(int)
	 * @see io.noodle.model.NoodlePackage#getStudy_MaxConcurrentTrials()
	 * @model default="0"
	 * @generated
	 */
	int getMaxConcurrentTrials();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getMaxConcurrentTrials <em>Max Concurrent Trials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Concurrent Trials</em>' attribute.
	 * @see #getMaxConcurrentTrials()
	 * @generated
	 */
	void setMaxConcurrentTrials(int value);

	/**
	 * Returns the value of the '<em><b>Executor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the study's trials run unless the run says otherwise: local (this machine), ssh (the workspace's SSH hosts), ray (its Ray cluster), or several of them joined by '+' to share one slot pool; unset: this machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Executor</em>' attribute.
	 * @see #setExecutor(String)
	 * @see io.noodle.model.NoodlePackage#getStudy_Executor()
	 * @model
	 * @generated
	 */
	String getExecutor();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getExecutor <em>Executor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executor</em>' attribute.
	 * @see #getExecutor()
	 * @generated
	 */
	void setExecutor(String value);

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Environment variables every trial of the study gets (names of letters, digits and _; values taken literally, never through a shell).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environment</em>' map.
	 * @see io.noodle.model.NoodlePackage#getStudy_Environment()
	 * @model mapType="io.noodle.model.StringEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getEnvironment();

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes about the study kept with it and written back on export (a Noodle 2 file's metadata, and its settings that have no effect here, under their own keys); no effect on a run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metadata</em>' map.
	 * @see io.noodle.model.NoodlePackage#getStudy_Metadata()
	 * @model mapType="io.noodle.model.StringEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getMetadata();

	/**
	 * Returns the value of the '<em><b>Snapshot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The design the base case starts from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snapshot</em>' containment reference.
	 * @see #setSnapshot(DesignSnapshot)
	 * @see io.noodle.model.NoodlePackage#getStudy_Snapshot()
	 * @model containment="true"
	 * @generated
	 */
	DesignSnapshot getSnapshot();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getSnapshot <em>Snapshot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snapshot</em>' containment reference.
	 * @see #getSnapshot()
	 * @generated
	 */
	void setSnapshot(DesignSnapshot value);

	/**
	 * Returns the value of the '<em><b>Eco Whitelist</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When not empty, only these ECOs may be used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eco Whitelist</em>' attribute list.
	 * @see io.noodle.model.NoodlePackage#getStudy_EcoWhitelist()
	 * @model
	 * @generated
	 */
	EList<String> getEcoWhitelist();

	/**
	 * Returns the value of the '<em><b>Eco Blacklist</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ECOs that may not be used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eco Blacklist</em>' attribute list.
	 * @see io.noodle.model.NoodlePackage#getStudy_EcoBlacklist()
	 * @model
	 * @generated
	 */
	EList<String> getEcoBlacklist();

	/**
	 * Returns the value of the '<em><b>Objective</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How results are compared.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objective</em>' containment reference.
	 * @see #setObjective(Objective)
	 * @see io.noodle.model.NoodlePackage#getStudy_Objective()
	 * @model containment="true"
	 * @generated
	 */
	Objective getObjective();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getObjective <em>Objective</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective</em>' containment reference.
	 * @see #getObjective()
	 * @generated
	 */
	void setObjective(Objective value);

	/**
	 * Returns the value of the '<em><b>Rails</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Limits that stop the whole study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rails</em>' containment reference.
	 * @see #setRails(StudyRails)
	 * @see io.noodle.model.NoodlePackage#getStudy_Rails()
	 * @model containment="true"
	 * @generated
	 */
	StudyRails getRails();

	/**
	 * Sets the value of the '{@link io.noodle.model.Study#getRails <em>Rails</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rails</em>' containment reference.
	 * @see #getRails()
	 * @generated
	 */
	void setRails(StudyRails value);

	/**
	 * Returns the value of the '<em><b>Ecos</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.EcoDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ECO catalogue of the study.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ecos</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getStudy_Ecos()
	 * @model containment="true"
	 * @generated
	 */
	EList<EcoDefinition> getEcos();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.Stage}.
	 * It is bidirectional and its opposite is '{@link io.noodle.model.Stage#getStudy <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stages, in declaration order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getStudy_Stages()
	 * @see io.noodle.model.Stage#getStudy
	 * @model opposite="study" containment="true"
	 * @generated
	 */
	EList<Stage> getStages();

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.StageDependency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edges of the stage DAG.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dependencies</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getStudy_Dependencies()
	 * @model containment="true"
	 * @generated
	 */
	EList<StageDependency> getDependencies();

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.Case}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legacy: cases saved inside study files before results moved to run folders; the study loader moves them to a run of their own (see RunResults). Empty in current files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cases</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getStudy_Cases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Case> getCases();

	/**
	 * Returns the value of the '<em><b>Verdicts</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.GateVerdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Legacy: verdicts saved inside study files before results moved to run folders; moved out like the cases. Empty in current files.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdicts</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getStudy_Verdicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<GateVerdict> getVerdicts();

	/**
	 * Returns the value of the '<em><b>Priors</b></em>' containment reference list.
	 * The list contents are of type {@link io.noodle.model.EcoPrior}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What earlier applications taught about each ECO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priors</em>' containment reference list.
	 * @see io.noodle.model.NoodlePackage#getStudy_Priors()
	 * @model containment="true"
	 * @generated
	 */
	EList<EcoPrior> getPriors();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stage with this name, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Stage findStage(String name);

} // Study
