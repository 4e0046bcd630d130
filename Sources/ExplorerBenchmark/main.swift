import DossierKit
