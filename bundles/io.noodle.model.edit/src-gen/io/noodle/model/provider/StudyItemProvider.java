/**
 */
package io.noodle.model.provider;


import io.noodle.model.NoodleFactory;
import io.noodle.model.NoodlePackage;
import io.noodle.model.Study;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.noodle.model.Study} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addTagsPropertyDescriptor(object);
			addSafetyDomainPropertyDescriptor(object);
			addBaseCaseNamePropertyDescriptor(object);
			addPdkPropertyDescriptor(object);
			addMaxConcurrentTrialsPropertyDescriptor(object);
			addExecutorPropertyDescriptor(object);
			addEcoWhitelistPropertyDescriptor(object);
			addEcoBlacklistPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_name_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_description_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_author_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_author_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__AUTHOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tags feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTagsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_tags_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_tags_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__TAGS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Safety Domain feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSafetyDomainPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_safetyDomain_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_safetyDomain_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__SAFETY_DOMAIN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Base Case Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaseCaseNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_baseCaseName_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_baseCaseName_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__BASE_CASE_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pdk feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPdkPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_pdk_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_pdk_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__PDK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Concurrent Trials feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxConcurrentTrialsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_maxConcurrentTrials_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_maxConcurrentTrials_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__MAX_CONCURRENT_TRIALS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Executor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExecutorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_executor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_executor_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__EXECUTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Eco Whitelist feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEcoWhitelistPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_ecoWhitelist_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_ecoWhitelist_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__ECO_WHITELIST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Eco Blacklist feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEcoBlacklistPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_ecoBlacklist_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_ecoBlacklist_feature", "_UI_Study_type"),
				 NoodlePackage.Literals.STUDY__ECO_BLACKLIST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__ENVIRONMENT);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__METADATA);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__SNAPSHOT);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__OBJECTIVE);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__RAILS);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__ECOS);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__STAGES);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__DEPENDENCIES);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__CASES);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__VERDICTS);
			childrenFeatures.add(NoodlePackage.Literals.STUDY__PRIORS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Study.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Study"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Study)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Study_type") :
			getString("_UI_Study_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Study.class)) {
			case NoodlePackage.STUDY__NAME:
			case NoodlePackage.STUDY__DESCRIPTION:
			case NoodlePackage.STUDY__AUTHOR:
			case NoodlePackage.STUDY__TAGS:
			case NoodlePackage.STUDY__SAFETY_DOMAIN:
			case NoodlePackage.STUDY__BASE_CASE_NAME:
			case NoodlePackage.STUDY__PDK:
			case NoodlePackage.STUDY__MAX_CONCURRENT_TRIALS:
			case NoodlePackage.STUDY__EXECUTOR:
			case NoodlePackage.STUDY__ECO_WHITELIST:
			case NoodlePackage.STUDY__ECO_BLACKLIST:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case NoodlePackage.STUDY__ENVIRONMENT:
			case NoodlePackage.STUDY__METADATA:
			case NoodlePackage.STUDY__SNAPSHOT:
			case NoodlePackage.STUDY__OBJECTIVE:
			case NoodlePackage.STUDY__RAILS:
			case NoodlePackage.STUDY__ECOS:
			case NoodlePackage.STUDY__STAGES:
			case NoodlePackage.STUDY__DEPENDENCIES:
			case NoodlePackage.STUDY__CASES:
			case NoodlePackage.STUDY__VERDICTS:
			case NoodlePackage.STUDY__PRIORS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__ENVIRONMENT,
				 NoodleFactory.eINSTANCE.create(NoodlePackage.Literals.STRING_ENTRY)));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__METADATA,
				 NoodleFactory.eINSTANCE.create(NoodlePackage.Literals.STRING_ENTRY)));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__SNAPSHOT,
				 NoodleFactory.eINSTANCE.createDesignSnapshot()));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__OBJECTIVE,
				 NoodleFactory.eINSTANCE.createObjective()));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__RAILS,
				 NoodleFactory.eINSTANCE.createStudyRails()));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__ECOS,
				 NoodleFactory.eINSTANCE.createEcoDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__STAGES,
				 NoodleFactory.eINSTANCE.createStage()));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__DEPENDENCIES,
				 NoodleFactory.eINSTANCE.createStageDependency()));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__CASES,
				 NoodleFactory.eINSTANCE.createCase()));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__VERDICTS,
				 NoodleFactory.eINSTANCE.createGateVerdict()));

		newChildDescriptors.add
			(createChildParameter
				(NoodlePackage.Literals.STUDY__PRIORS,
				 NoodleFactory.eINSTANCE.createEcoPrior()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == NoodlePackage.Literals.STUDY__ENVIRONMENT ||
			childFeature == NoodlePackage.Literals.STUDY__METADATA;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return NoodleEditPlugin.INSTANCE;
	}

}
