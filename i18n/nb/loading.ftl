# Første bilde kommer først: planene i en mappe fylles inn etter hvert som de leses, og
# kontrollene av hele planen kommer et øyeblikk etter at tavla er tegnet.
loading-plans-read = { $read } av { $total } planer lest
loading-checking = kontrollerer…
