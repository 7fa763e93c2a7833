// Traductions françaises — généré à la main, à garder synchronisé avec en.js
// Les clés manquantes retombent sur l'anglais (voir i18n/index.js).

export default {
  common: {
    save: 'Enregistrer',
    cancel: 'Annuler',
    delete: 'Supprimer',
    edit: 'Modifier',
    close: 'Fermer',
    back: 'Retour',
    next: 'Suivant',
    previous: 'Précédent',
    loading: 'Chargement…',
    search: 'Rechercher',
    yes: 'Oui',
    no: 'Non',
    confirm: 'Êtes-vous sûr ?',
    required: 'Ce champ est obligatoire',
  },
  nav: {
    home: 'Accueil',
    dashboard: 'Tableau de bord',
    projects: 'Projets',
    reports: 'Rapports',
    settings: 'Paramètres',
    help: 'Aide',
    logout: 'Se déconnecter',
  },
  auth: {
    login: {
      title: 'Connexion',
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      remember: 'Se souvenir de moi',
      submit: 'Se connecter',
      forgot: 'Mot de passe oublié ?',
      noAccount: "Vous n'avez pas de compte ? {link}",
    },
    errors: {
      invalid: 'Identifiants incorrects.',
      locked: 'Compte verrouillé après {count} tentatives. Réessayez dans {minutes} min.',
      expired: 'Votre session a expiré, veuillez vous reconnecter.',
    },
    reset: {
      title: 'Réinitialiser le mot de passe',
      sent: 'Un lien vous a été envoyé à {email}.',
    },
  },
  projects: {
    title: 'Mes projets',
    empty: "Aucun projet pour l'instant.",
    create: 'Nouveau projet',
    count: {
      zero: 'Aucun projet',
      one: '{n} projet',
      other: '{n} projets',
    },
    fields: {
      name: 'Nom',
      owner: 'Propriétaire',
      createdAt: 'Créé le',
      updatedAt: 'Mis à jour le',
      visibility: 'Visibilité',
    },
    visibility: {
      private: 'Privé',
      team: 'Équipe',
      public: 'Public',
    },
    archive: {
      action: 'Archiver',
      confirm: 'Archiver « {name} » ? Les membres ne pourront plus le modifier.',
      done: 'Projet archivé.',
    },
  },
  reports: {
    period: {
      today: "Aujourd'hui",
      week: 'Cette semaine',
      month: 'Ce mois-ci',
      quarter: 'Ce trimestre',
      custom: 'Période personnalisée',
    },
    export: {
      csv: 'Exporter en CSV',
      pdf: 'Exporter en PDF',
      started: "L'export a démarré, vous recevrez un e-mail une fois terminé.",
    },
    columns: ['Date', 'Projet', 'Heures', 'Montant HT', 'TVA', 'Montant TTC'],
  },
  settings: {
    profile: 'Profil',
    language: 'Langue',
    timezone: 'Fuseau horaire',
    notifications: {
      title: 'Notifications',
      email: 'Par e-mail',
      push: 'Notifications push',
      digest: 'Résumé hebdomadaire',
    },
    danger: {
      title: 'Zone dangereuse',
      deleteAccount: 'Supprimer mon compte',
      deleteWarning: 'Cette action est irréversible.',
    },
  },
  dates: {
    months: [
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
      'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    ],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    relative: {
      now: "à l'instant",
      minutes: 'il y a {n} min',
      hours: 'il y a {n} h',
      yesterday: 'hier',
      days: 'il y a {n} jours',
    },
  },
};
