// Faiths, communities and peoples that reporting puts before a name as a description: "Hoa Hao
// Buddhist Doan Van Thach", "Khmer Krom teacher Thach Sa Rath", "Catholic activist …". They
// describe the person; they are not part of the name.

export const AFFILIATIONS: readonly string[] = [
  "hoa hao buddhist",
  "hoa hao buddhists",
  "hoa hao",
  "cao dai",
  "caodaist",
  "buddhist",
  "buddhists",
  "catholic",
  "catholics",
  "protestant",
  "protestants",
  "christian",
  "christians",
  "evangelical",
  "mennonite",
  "mennonites",
  "muslim",
  "muslims",
  "falun gong",
  "montagnard",
  "montagnards",
  "khmer krom",
  "hmong",
  "ede",
  "jarai",
  "uyghur",
  "tibetan",
  "rohingya",
];
