from gold_lib import L
d='k08_jaffar_express_hijack_ends'
MIL=["military","Pakistan's military","Inter-Services Public Relations","ISPR","military's media wing","Ahmed Sharif Chaudhry","Chaudhry"]
CH=["Lt Gen Ahmed Sharif Chaudhry","Chaudhry","director general of the military's media wing","Inter-Services Public Relations","ISPR","military"]
BLA=["BLA","Balochistan Liberation Army","the group"]
R=["Rind","Balochistan government's spokesman","Balochistan government"]
L(d,"all 33 attackers",33,'killed','exact',"attackers killed in the Jaffar Express operation","Balochistan Liberation Army","Pakistani military",MIL,'ISPR','event','military')
L(d,"21 passengers had been killed",21,'killed','exact',"passengers killed before and during the operation","Pakistan","Ahmed Sharif Chaudhry",CH,'ISPR','event','unknown')
L(d,"four soldiers of the Frontier Corps",4,'killed','exact',"Frontier Corps soldiers killed in the operation","Pakistan","Ahmed Sharif Chaudhry",CH,'ISPR','event','military')
L(d,"354 hostages",354,'exchanged','exact',"hostages freed in the operation","Pakistan","Ahmed Sharif Chaudhry",CH,'ISPR','event','unknown')
L(d,"37 of them injured",37,'wounded','exact',"freed hostages who were injured","Pakistan","Ahmed Sharif Chaudhry",CH,'ISPR','event','unknown')
L(d,"26 hostages",26,'killed','exact',"hostages killed in all (revised)","Pakistan","Inter-Services Public Relations",["ISPR","military"],'ISPR','event','mixed')
L(d,"18 army and Frontier Corps personnel",18,'killed','exact',"army and FC personnel among the dead hostages","Pakistan","Inter-Services Public Relations",["ISPR","military"],'ISPR','event','military')
L(d,"three officials of Pakistan Railways",3,'killed','exact',"railway officials among the dead hostages","Pakistan","Inter-Services Public Relations",["ISPR","military"],'ISPR','event','civilian')
L(d,"five civilians",5,'killed','exact',"civilians among the dead hostages","Pakistan","Inter-Services Public Relations",["ISPR","military"],'ISPR','event','civilian')
L(d,"104 passengers",104,'exchanged','exact',"passengers rescued on the first day","Pakistan","Shahid Rind",R,'BALOCH','event','unknown')
L(d,"58 men",58,'exchanged','exact',"men among passengers rescued on the first day","Pakistan","Shahid Rind",R,'BALOCH','event','unknown')
L(d,"31 women",31,'exchanged','exact',"women among passengers rescued on the first day","Pakistan","Shahid Rind",R,'BALOCH','event','civilian')
L(d,"15 children",15,'exchanged','exact',"children among passengers rescued on the first day","Pakistan","Shahid Rind",R,'BALOCH','event','civilian')
L(d,"17 injured passengers",17,'wounded','exact',"injured passengers brought to Quetta hospitals","Pakistan","Shahid Rind",R,'BALOCH','event','unknown')
L(d,"182 hostages",182,'captured','exact',"hostages taken by the BLA","Pakistan","Balochistan Liberation Army",BLA,'BLA','event','mixed')
L(d,"214 hostages",214,'killed','exact',"hostages the BLA claimed to have executed","Pakistan","Balochistan Liberation Army",BLA,'BLA','event','mixed')
L(d,"all 33 terrorists",33,'killed','exact',"attackers killed (prime minister's statement)","Balochistan Liberation Army","Shahbaz Sharif",["Sharif","Prime Minister Shahbaz Sharif","Shehbaz Sharif","Prime Minister"],'SHARIF','event','military')
