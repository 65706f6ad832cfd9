# Every node takes the classes Hiera lists under 'classes' (a role, normally).
node default {
  lookup('classes', Array[String[1]], 'unique', []).include
}
