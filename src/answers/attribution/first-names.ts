/**
 * Common first names by usual gender, for resolving "he"/"she" to a speaker. A name missing
 * here only means the gender stays unknown (compatible with either pronoun).
 */

const set = (s: string): ReadonlySet<string> => new Set(s.trim().toLowerCase().split(/\s+/));

/** Usually women's first names (lower case). */
export const FEMALE_NAMES = set(`
  Adrienne Alice Alicia Amanda Amy Ana Andrea Angela Angelina Ann Anna Anne Annette Barbara Betsy Betty
  Beverly Brenda Camila Carla Carmen Carol Caroline Catherine Cathy Charlotte Chelsea Christina Christine
  Claire Claudia Cynthia Dana Daniela Deborah Debbie Denise Diana Diane Donna Doris Dorothy Elaine Elena
  Elizabeth Ellen Emily Emma Erin Eva Evelyn Fatima Fiona Frances Gabriela Gina Gloria Grace Hannah
  Heather Heidi Helen Hillary Ilhan Ingrid Irene Isabel Jacqueline Jane Janet Janice Jean Jeanne Jennifer
  Jessica Jill Joan Joanna Joy Joyce Judith Judy Julia Julie Karen Kamala Karin Kate Katherine Kathleen
  Kathryn Kathy Katie Kelly Kelsey Kimberly Kirsten Laura Lauren Leslie Linda Lisa Liz Lori Louise
  Lucy Lydia Lynn Margaret Maria Marie Marina Marine Marsha Martha Mary Maxine Megan Melania Melissa
  Michele Michelle Nancy Natalia Natalie Nicola Nicole Nikki Nina Olga Olivia Pamela Patricia Patty Paula
  Penny Rachel Rebecca Rita Robin Rosa Ruth Samantha Sandra Sara Sarah Sharon Sheila Shirley Sophie
  Stephanie Susan Suzanne Sylvia Tammy Teresa Theresa Tracy Tulsi Ursula Valerie Vanessa Victoria
  Virginia Wendy Yulia Zoe Angela Marta Hope Kellyanne Huma Loretta Janet Elise Sonia Ruth Priya Aisha
  Leila Mariam Yvonne Agnes Greta Birgit Sanna Giorgia Theresa Jacinda Liz
`);

/** Usually men's first names (lower case). */
export const MALE_NAMES = set(`
  Aaron Adam Adrian Ahmed Alan Albert Alexander Alexei Alex Ali Andrew Andy Anthony Antony Arthur Barack
  Ben Benjamin Bernie Bill Bob Boris Brad Brandon Brett Brian Bruce Carl Carlos Charles Charlie Chris
  Christopher Chuck Colin Craig Dan Daniel David Dennis Dick Dmitry Don Donald Doug Douglas Duncan Dwight
  Ed Edward Emmanuel Eric Frank Fred Gary George Gerald Greg Gregory Harold Harry Henry Howard Hugh Ian
  Igor Ivan Jack Jacob Jake James Jason Jeb Jeff Jeffrey Jeremy Jerry Jim Jimmy Joe John Jon Jonathan
  Jose Joseph Josh Juan Justin Keith Ken Kenneth Kevin Larry Lawrence Lee Leon Louis Luke Marco
  Mark Martin Matt Matthew Michael Mike Mitch Mitt Mohammed Muhammad Nathan Neil Nicholas Nick Norm Olaf
  Oliver Patrick Paul Pete Peter Phil Philip Ralph Rand Raymond Reince Richard Rick Rob Robert Rodrigo
  Roger Ron Ronald Roy Rudy Russell Ryan Sam Samuel Scott Sean Sergei Sergey Seth Stephen Steve Steven
  Ted Terry Thomas Tim Timothy Todd Tom Tony Vladimir Volodymyr Walter Wayne William Xi Yuri Zach
  Arthur Ron Reid Harry Barney Narendra Recep Jair Emmanuel Olaf Rishi Keir Justin Benjamin
  Mahmoud Bashar Hassan Abdullah Mohammad Viktor Andrzej Lloyd Jake Antonio Fumio Shinzo Anwar
`);
